package org.enduse.store.sql;

import static org.enduse.store.sql.Rows.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.enduse.core.catalog.ActorRef;
import org.enduse.core.catalog.EquipmentRef;
import org.enduse.core.geo.BoundingBox;
import org.enduse.core.geo.GeoPrecision;
import org.enduse.core.geo.Place;
import org.enduse.core.sighting.Sighting;
import org.enduse.core.sighting.SightingListing;
import org.enduse.core.sighting.SightingPage;
import org.enduse.core.sighting.SightingQuery;
import org.enduse.core.sighting.SightingRepository;
import org.enduse.core.sighting.SightingStatus;
import org.enduse.core.sighting.Verification;
import org.enduse.core.transfer.Quantity;
import org.enduse.core.transfer.QuantityUnit;
import org.enduse.core.transfer.SerialNumbers;
import org.enduse.store.account.RecordVisibility;
import org.jdbi.v3.core.Handle;

/** Sightings across the sightings, sighting_serials, sighting_markings and sighting_sources tables. */
final class SqlSightings implements SightingRepository {
    private static final List<String> CHILD_TABLES = List.of("sighting_serials", "sighting_markings", "sighting_sources");
    private final Handle handle;
    private final Statements sql;
    private final AuditWriter audit;

    SqlSightings(Handle handle, Statements sql, AuditWriter audit) {
        this.handle = handle;
        this.sql = sql;
        this.audit = audit;
    }

    @Override
    public Optional<Sighting> find(String id) {
        return load("id = :id", Map.of("id", id)).stream().findFirst();
    }

    @Override
    public boolean exists(String id) {
        return sql.any("SELECT 1 FROM sightings WHERE id = ?", id);
    }

    @Override
    public List<Sighting> list(SightingQuery query) {
        if (query.country() == null) return load("1 = 1", Map.of()).stream().filter(query::matches).toList();
        return load("country = :country", Map.of("country", query.country().value())).stream().filter(query::matches).toList();
    }

    @Override
    public List<Sighting> withSerial(String serial) {
        return load("id IN (SELECT sighting_id FROM sighting_serials WHERE normalised = :serial)", Map.of("serial", SerialNumbers.normalise(serial)));
    }

    @Override
    public SightingPage page(SightingListing listing) {
        var where = new StringBuilder(RecordVisibility.condition("s"));
        var args = new java.util.HashMap<String, Object>();
        args.put(RecordVisibility.TYPE, "sighting");
        args.put(RecordVisibility.ORGANISATION, listing.organisationId());
        SightingQuery q = listing.query();
        if (q.country() != null) {
            where.append(" AND s.country = :country");
            args.put("country", q.country().value());
        }
        if (q.equipment() != null) {
            String wanted = q.equipment().strip().toLowerCase(Locale.ROOT);
            where.append(" AND (LOWER(s.equipment_type) = :equipment OR LOWER(s.equipment_description) LIKE :equipmentLike ESCAPE '!')");
            args.put("equipment", wanted);
            args.put("equipmentLike", "%" + wanted.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (q.minVerification() != null) {
            var names = new java.util.ArrayList<String>();
            for (Verification v : Verification.values()) {
                if (v.compareTo(q.minVerification()) < 0) continue;
                names.add(":verification" + v.ordinal());
                args.put("verification" + v.ordinal(), v.name());
            }
            where.append(" AND s.verification IN (").append(String.join(", ", names)).append(")");
        }
        if (q.since() != null) {
            // Stored dates are "2023", "2023-05" or "2023-05-22": comparing the start of the wanted day cut to the
            // stored precision keeps a sighting that may fall on or after it, as PartialDate.mayBeOnOrAfter does.
            where.append(" AND s.observed IS NOT NULL AND s.observed >= SUBSTR(:since, 1, LENGTH(s.observed))");
            args.put("since", q.since().earliest().toString());
        }
        if (listing.box() != null) {
            BoundingBox b = listing.box();
            where.append(" AND s.lon BETWEEN :minLon AND :maxLon AND s.lat BETWEEN :minLat AND :maxLat");
            args.put("minLon", b.minLon());
            args.put("maxLon", b.maxLon());
            args.put("minLat", b.minLat());
            args.put("maxLat", b.maxLat());
        }
        long total = handle.createQuery("SELECT COUNT(*) FROM sightings s WHERE " + where).bindMap(args).mapTo(Long.class).one();
        if (listing.after() != null) {
            where.append(" AND s.id > :after");
            args.put("after", listing.after());
        }
        args.put("limit", listing.limit());
        args.put("offset", listing.offset());
        List<String> ids = handle.createQuery("SELECT s.id FROM sightings s WHERE " + where + " ORDER BY s.id LIMIT :limit OFFSET :offset")
                .bindMap(args).mapTo(String.class).list();
        if (ids.isEmpty()) return new SightingPage(List.of(), total, null);
        var idArgs = new java.util.HashMap<String, Object>();
        var names = new java.util.ArrayList<String>();
        for (int i = 0; i < ids.size(); i++) {
            names.add(":id" + i);
            idArgs.put("id" + i, ids.get(i));
        }
        List<Sighting> items = load("id IN (" + String.join(", ", names) + ")", idArgs);
        return new SightingPage(items, total, ids.size() == listing.limit() ? ids.get(ids.size() - 1) : null);
    }

    @Override
    public void save(Sighting s) {
        if (audit == null) throw new IllegalStateException("saving a sighting needs a write transaction");
        boolean existed = exists(s.id());
        Place p = s.place();
        Object[] values = {s.equipment().typeId(), s.equipment().description(), Rows.decimal(s.quantity().amount()),
                s.quantity().unit().name(), p.name(), text(p.country()), p.region(), p.lat(), p.lon(), p.precision().name(),
                text(s.observed()), s.holder() == null ? null : s.holder().actorId(), s.holder() == null ? null : s.holder().name(),
                s.status().name(), s.verification().name(), s.note(), s.id()};
        if (existed) {
            sql.update("UPDATE sightings SET equipment_type = ?, equipment_description = ?, quantity = ?, unit = ?, place_name = ?, "
                    + "country = ?, region = ?, lat = ?, lon = ?, geo_precision = ?, observed = ?, holder_actor_id = ?, holder_name = ?, "
                    + "status = ?, verification = ?, note = ? WHERE id = ?", values);
            for (String table : CHILD_TABLES) sql.update("DELETE FROM " + table + " WHERE sighting_id = ?", s.id());
        } else {
            sql.update("INSERT INTO sightings (equipment_type, equipment_description, quantity, unit, place_name, country, region, lat, lon, "
                    + "geo_precision, observed, holder_actor_id, holder_name, status, verification, note, id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
        }
        for (int i = 0; i < s.serials().size(); i++) {
            sql.update("INSERT INTO sighting_serials (sighting_id, position, serial, normalised) VALUES (?, ?, ?, ?)",
                    s.id(), i, s.serials().get(i), SerialNumbers.normalise(s.serials().get(i)));
        }
        for (int i = 0; i < s.markings().size(); i++) {
            sql.update("INSERT INTO sighting_markings (sighting_id, position, marking) VALUES (?, ?, ?)", s.id(), i, s.markings().get(i));
        }
        for (int i = 0; i < s.sourceIds().size(); i++) {
            sql.update("INSERT INTO sighting_sources (sighting_id, position, source_id) VALUES (?, ?, ?)", s.id(), i, s.sourceIds().get(i));
        }
        audit.saved(existed, "sighting", s.id(), s);
    }

    private record Child(String sightingId, String value) {}

    private Map<String, List<String>> children(String table, String column, String ids, Map<String, Object> args) {
        var rows = handle.createQuery("SELECT sighting_id, " + column + " FROM " + table + " WHERE sighting_id IN (" + ids + ") ORDER BY sighting_id, position")
                .bindMap(args).map((rs, ctx) -> new Child(rs.getString(1), rs.getString(2))).list();
        var grouped = Rows.group(rows, Child::sightingId);
        var out = new java.util.HashMap<String, List<String>>();
        grouped.forEach((k, v) -> out.put(k, v.stream().map(Child::value).toList()));
        return out;
    }

    private List<Sighting> load(String where, Map<String, Object> args) {
        String ids = "SELECT id FROM sightings WHERE " + where;
        var serials = children("sighting_serials", "serial", ids, args);
        var markings = children("sighting_markings", "marking", ids, args);
        var sources = children("sighting_sources", "source_id", ids, args);
        return handle.createQuery("SELECT * FROM sightings WHERE " + where + " ORDER BY id").bindMap(args).map((rs, ctx) -> {
            String id = rs.getString("id");
            String holderId = rs.getString("holder_actor_id"), holderName = rs.getString("holder_name");
            return new Sighting(id, new EquipmentRef(rs.getString("equipment_type"), rs.getString("equipment_description")),
                    new Quantity(Rows.decimal(rs, "quantity"), QuantityUnit.valueOf(rs.getString("unit"))),
                    markings.getOrDefault(id, List.of()), serials.getOrDefault(id, List.of()),
                    new Place(rs.getString("place_name"), Rows.country(rs, "country"), rs.getString("region"),
                            Rows.dbl(rs, "lat"), Rows.dbl(rs, "lon"), GeoPrecision.valueOf(rs.getString("geo_precision"))),
                    Rows.date(rs, "observed"), holderId == null && holderName == null ? null : new ActorRef(holderId, holderName),
                    SightingStatus.valueOf(rs.getString("status")), Verification.valueOf(rs.getString("verification")),
                    sources.getOrDefault(id, List.of()), rs.getString("note"));
        }).list();
    }
}
