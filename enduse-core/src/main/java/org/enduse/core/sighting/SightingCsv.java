package org.enduse.core.sighting;

import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.enduse.core.catalog.ActorRef;
import org.enduse.core.catalog.EquipmentRef;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.Enums;
import org.enduse.core.common.InvalidInputException;
import org.enduse.core.common.PartialDate;
import org.enduse.core.common.csv.CellList;
import org.enduse.core.common.csv.CellParser;
import org.enduse.core.common.csv.CsvTable;
import org.enduse.core.common.csv.CsvWriter;
import org.enduse.core.geo.GeoPrecision;
import org.enduse.core.geo.Place;
import org.enduse.core.transfer.Quantity;
import org.enduse.core.transfer.QuantityUnit;

/** Sightings as CSV, one row per sighting; docs/formats.md is the reference for the columns. */
public final class SightingCsv {
    public static final List<String> COLUMNS = List.of("sighting_id", "equipment_type", "equipment_description", "quantity", "unit",
            "markings", "serials", "place", "country", "region", "lat", "lon", "geo_precision", "observed", "holder_id", "holder_name",
            "status", "verification", "sources", "note");
    public static final List<String> REQUIRED = List.of("sighting_id");

    private SightingCsv() {}

    public static void write(List<Sighting> sightings, Writer out) {
        var csv = new CsvWriter(out);
        csv.row(COLUMNS);
        for (Sighting s : sightings) {
            Place p = s.place();
            csv.row(List.of(s.id(), nz(s.equipment().typeId()), nz(s.equipment().description()),
                    s.quantity().amount() == null ? "" : s.quantity().amount().toPlainString(), s.quantity().unit().label(),
                    CellList.join(s.markings(), ';'), CellList.join(s.serials(), ';'), nz(p.name()), nz(p.country()), nz(p.region()),
                    nz(p.lat()), nz(p.lon()), Enums.label(p.precision()), nz(s.observed()),
                    s.holder() == null ? "" : nz(s.holder().actorId()), s.holder() == null ? "" : nz(s.holder().name()),
                    Enums.label(s.status()), Enums.label(s.verification()), CellList.join(s.sourceIds(), ';'), nz(s.note())));
        }
    }

    /** Every sighting in the table, or an exception carrying every problem in it. */
    public static List<Sighting> read(CsvTable table) {
        var cells = new CellParser(table);
        cells.requireColumns(REQUIRED);
        cells.throwIfFailed();
        var out = new ArrayList<Sighting>();
        var firstRowOf = new HashMap<String, Integer>();
        for (int r = 0; r < table.rows().size(); r++) {
            String id = table.cell(r, "sighting_id").strip();
            Integer earlier = firstRowOf.putIfAbsent(id, r);
            if (earlier != null && !id.isEmpty()) cells.problem(r, "sighting_id", "'" + id + "' already appears in row " + (earlier + 1));
            Sighting s = sighting(table, cells, r);
            if (s != null) out.add(s);
        }
        cells.throwIfFailed();
        return out;
    }

    private static Sighting sighting(CsvTable table, CellParser cells, int r) {
        int before = cells.count();
        var quantity = cells.cell(r, "quantity", t -> number(t, "quantity"));
        var unit = cells.cell(r, "unit", QuantityUnit::parse);
        var country = cells.cell(r, "country", CountryCode::ofNullable);
        var lat = cells.cell(r, "lat", t -> t.isBlank() ? null : number(t, "lat").doubleValue());
        var lon = cells.cell(r, "lon", t -> t.isBlank() ? null : number(t, "lon").doubleValue());
        var precision = cells.cell(r, "geo_precision", t -> Enums.parse(GeoPrecision.class, t, "geo_precision"));
        var observed = cells.cell(r, "observed", PartialDate::parseNullable);
        var status = cells.cell(r, "status", t -> Enums.parse(SightingStatus.class, t, "status"));
        var verification = cells.cell(r, "verification", t -> Enums.parse(Verification.class, t, "verification"));
        if (cells.count() > before) return null;
        String holderId = table.cell(r, "holder_id"), holderName = table.cell(r, "holder_name");
        var place = cells.build(r, () -> new Place(table.cell(r, "place"), country, table.cell(r, "region"), lat, lon, precision));
        var holder = holderId.isBlank() && holderName.isBlank() ? null : cells.build(r, () -> new ActorRef(holderId, holderName));
        if (cells.count() > before) return null;
        return cells.build(r, () -> new Sighting(table.cell(r, "sighting_id"),
                new EquipmentRef(table.cell(r, "equipment_type"), table.cell(r, "equipment_description")),
                quantity == null && table.cell(r, "quantity").isBlank() && !table.has("quantity") ? null : new Quantity(quantity, unit),
                CellList.split(table.cell(r, "markings"), ';'), CellList.split(table.cell(r, "serials"), ';'), place, observed, holder,
                status, verification, CellList.split(table.cell(r, "sources"), ';'), table.cell(r, "note")));
    }

    private static BigDecimal number(String text, String field) {
        if (text.isBlank()) return null;
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.field(field, "'" + text.strip() + "' is not a number");
        }
    }

    private static String nz(Object value) {
        return value == null ? "" : value.toString();
    }
}
