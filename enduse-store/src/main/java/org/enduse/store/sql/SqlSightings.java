package org.enduse.store.sql;

import static org.enduse.store.sql.Rows.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.enduse.core.catalog.ActorRef;
import org.enduse.core.catalog.EquipmentRef;
import org.enduse.core.common.PartialDate;
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
        // The page's ids come from the index (V8) alone; only its own rows are read from the table.
        String ids = "SELECT s.id FROM sightings s WHERE " + where + " ORDER BY s.id LIMIT :limit OFFSET :offset";
        List<Row> rows = handle.createQuery("SELECT * FROM sightings WHERE id IN (" + ids + ") ORDER BY id").bindMap(args).map((rs, ctx) -> row(rs)).list();
        if (rows.isEmpty()) return new SightingPage(List.of(), total, null);
        return new SightingPage(withChildren(rows, ids, args), total, rows.size() == listing.limit() ? rows.get(rows.size() - 1).id() : null);
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

    /** One value of a sighting's serials (kind 0), markings (1) or sources (2). */
    private record Child(int kind, String sightingId, String value) {}

    /** A sightings row, read before its serials, markings and sources. */
    private record Row(String id, EquipmentRef equipment, Quantity quantity, Place place, PartialDate observed, ActorRef holder,
                       SightingStatus status, Verification verification, String note) {}

    private List<Sighting> load(String where, Map<String, Object> args) {
        List<Row> rows = handle.createQuery("SELECT * FROM sightings WHERE " + where + " ORDER BY id").bindMap(args).map((rs, ctx) -> row(rs)).list();
        return rows.isEmpty() ? List.of() : withChildren(rows, "SELECT id FROM sightings WHERE " + where, args);
    }

    /**
     * The rows with their serials, markings and sources, read in one query for the sightings that
     * the {@code ids} query selects: here a query, or binding the ids one by one, costs more than
     * the rows. Named once, the ids are worked out once (both databases keep a WITH query used more
     * than once).
     */
    private List<Sighting> withChildren(List<Row> rows, String ids, Map<String, Object> args) {
        var children = handle.createQuery("WITH wanted AS (" + ids + ")"
                        + " SELECT 0, sighting_id, position, serial FROM sighting_serials WHERE sighting_id IN (SELECT id FROM wanted)"
                        + " UNION ALL SELECT 1, sighting_id, position, marking FROM sighting_markings WHERE sighting_id IN (SELECT id FROM wanted)"
                        + " UNION ALL SELECT 2, sighting_id, position, source_id FROM sighting_sources WHERE sighting_id IN (SELECT id FROM wanted)"
                        + " ORDER BY 1, 2, 3")
                .bindMap(args).map((rs, ctx) -> new Child(rs.getInt(1), rs.getString(2), rs.getString(4))).list();
        List<Map<String, List<String>>> byKind = List.of(new java.util.HashMap<>(), new java.util.HashMap<>(), new java.util.HashMap<>());
        for (Child c : children) byKind.get(c.kind()).computeIfAbsent(c.sightingId(), k -> new java.util.ArrayList<>()).add(c.value());
        return rows.stream().map(r -> new Sighting(r.id(), r.equipment(), r.quantity(), byKind.get(1).getOrDefault(r.id(), List.of()),
                byKind.get(0).getOrDefault(r.id(), List.of()), r.place(), r.observed(), r.holder(), r.status(), r.verification(),
                byKind.get(2).getOrDefault(r.id(), List.of()), r.note())).toList();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        String holderId = rs.getString("holder_actor_id"), holderName = rs.getString("holder_name");
        return new Row(rs.getString("id"), new EquipmentRef(rs.getString("equipment_type"), rs.getString("equipment_description")),
                new Quantity(Rows.decimal(rs, "quantity"), QuantityUnit.valueOf(rs.getString("unit"))),
                new Place(rs.getString("place_name"), Rows.country(rs, "country"), rs.getString("region"),
                        Rows.dbl(rs, "lat"), Rows.dbl(rs, "lon"), GeoPrecision.valueOf(rs.getString("geo_precision"))),
                Rows.date(rs, "observed"), holderId == null && holderName == null ? null : new ActorRef(holderId, holderName),
                SightingStatus.valueOf(rs.getString("status")), Verification.valueOf(rs.getString("verification")), rs.getString("note"));
    }
}
