package org.enduse.core.transfer;

import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.enduse.core.catalog.EquipmentRef;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.Enums;
import org.enduse.core.common.InvalidInputException;
import org.enduse.core.common.Money;
import org.enduse.core.common.PartialDate;
import org.enduse.core.common.csv.CellList;
import org.enduse.core.common.csv.CellParser;
import org.enduse.core.common.csv.CsvTable;
import org.enduse.core.common.csv.CsvWriter;

/**
 * Transfers as CSV, one row per transfer line with the transfer's columns repeated on each of its
 * rows (a transfer without lines has one row with empty line columns). docs/formats.md is the
 * reference for the columns.
 */
public final class TransferCsv {
    /** The transfer's own columns; they must agree on every row of the same transfer. */
    static final List<String> TRANSFER_COLUMNS = List.of("transfer_id", "name", "donor", "recipient", "financier", "announced",
            "value", "currency", "territory", "end_users", "purpose", "retransfer_requires_consent", "right_to_inspect",
            "terms_valid_until", "sources", "note");
    static final List<String> LINE_COLUMNS = List.of("line_id", "equipment_type", "equipment_description", "quantity", "unit",
            "serials", "history", "line_note");
    public static final List<String> COLUMNS = concat(TRANSFER_COLUMNS, LINE_COLUMNS);
    public static final List<String> REQUIRED = List.of("transfer_id", "donor", "recipient");

    private TransferCsv() {}

    public static void write(List<Transfer> transfers, Writer out) {
        var csv = new CsvWriter(out);
        csv.row(COLUMNS);
        for (Transfer t : transfers) {
            List<String> head = transferCells(t);
            if (t.lines().isEmpty()) csv.row(concat(head, LINE_COLUMNS.stream().map(c -> "").toList()));
            for (TransferLine line : t.lines()) csv.row(concat(head, lineCells(line)));
        }
    }

    /** Every transfer in the table, or an exception carrying every problem in it. */
    public static List<Transfer> read(CsvTable table) {
        var cells = new CellParser(table);
        cells.requireColumns(REQUIRED);
        cells.throwIfFailed();
        var rowsById = new LinkedHashMap<String, List<Integer>>();
        for (int r = 0; r < table.rows().size(); r++) {
            String id = table.cell(r, "transfer_id").strip();
            if (id.isEmpty()) cells.problem(r, "transfer_id", "is required");
            else rowsById.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
        }
        var transfers = new ArrayList<Transfer>();
        for (var group : rowsById.entrySet()) {
            Transfer t = transfer(table, cells, group.getKey(), group.getValue());
            if (t != null) transfers.add(t);
        }
        cells.throwIfFailed();
        return transfers;
    }

    private static Transfer transfer(CsvTable table, CellParser cells, String id, List<Integer> rows) {
        int first = rows.get(0);
        int before = cells.count();
        for (int r : rows.subList(1, rows.size())) {
            for (String c : TRANSFER_COLUMNS) {
                if (!table.cell(r, c).strip().equals(table.cell(first, c).strip())) {
                    cells.problem(r, c, "differs from row " + (first + 1) + " of the same transfer " + id);
                }
            }
        }
        var lines = new ArrayList<TransferLine>();
        for (int r : rows) {
            if (LINE_COLUMNS.stream().allMatch(c -> table.cell(r, c).isBlank())) continue;
            TransferLine line = line(cells, r, lines.size() + 1);
            if (line != null) lines.add(line);
        }
        var donor = cells.cell(first, "donor", CountryCode::of);
        var recipient = cells.cell(first, "recipient", CountryCode::of);
        var financier = cells.cell(first, "financier", CountryCode::ofNullable);
        var announced = cells.cell(first, "announced", PartialDate::parseNullable);
        var value = cells.cell(first, "value", v -> v.isBlank() ? null : Money.of(v, table.cell(first, "currency")));
        var purpose = cells.cell(first, "purpose", p -> Enums.parse(Purpose.class, p, "purpose"));
        var consent = cells.cell(first, "retransfer_requires_consent", TransferCsv::bool);
        var inspect = cells.cell(first, "right_to_inspect", TransferCsv::bool);
        var validUntil = cells.cell(first, "terms_valid_until", PartialDate::parseNullable);
        if (cells.count() > before) return null;
        var terms = cells.build(first, () -> new EndUseTerms(CellList.split(table.cell(first, "territory"), ';'),
                CellList.split(table.cell(first, "end_users"), ';'), purpose, consent, inspect, validUntil));
        if (terms == null) return null;
        return cells.build(first, () -> new Transfer(id, table.cell(first, "name"), donor, recipient, financier, announced, value,
                lines, terms, CellList.split(table.cell(first, "sources"), ';'), table.cell(first, "note")));
    }

    private static TransferLine line(CellParser cells, int r, int position) {
        int before = cells.count();
        var quantity = cells.cell(r, "quantity", TransferCsv::decimal);
        var unit = cells.cell(r, "unit", QuantityUnit::parse);
        var serials = cells.cell(r, "serials", s -> CellList.split(s, ';').stream().map(SerialRange::parse).toList());
        var history = cells.cell(r, "history", h -> CellList.split(h, ';').stream().map(TransferCsv::event).toList());
        if (cells.count() > before) return null;
        return cells.build(r, () -> {
            String id = cells.cell(r, "line_id", String::strip);
            return new TransferLine(id == null || id.isEmpty() ? "l" + position : id,
                    new EquipmentRef(cells.cell(r, "equipment_type", s -> s), cells.cell(r, "equipment_description", s -> s)),
                    new Quantity(quantity, unit), serials, history, cells.cell(r, "line_note", s -> s));
        });
    }

    /** "delivered@2023-03-02@src_1@note": status and date required, source and note optional. */
    public static LifecycleEvent event(String text) {
        List<String> f = CellList.fields(text, '@', 4);
        if (f.size() > 4) throw InvalidInputException.field("history", "'" + text + "' has more than status@date@source@note");
        LifecycleStatus status = Enums.parse(LifecycleStatus.class, f.get(0), "history");
        if (status == null) throw InvalidInputException.field("history", "'" + text + "' has no status (expected status@date)");
        return new LifecycleEvent(status, PartialDate.parse(f.get(1)), f.get(2), f.get(3));
    }

    private static String eventCell(LifecycleEvent e) {
        var parts = new ArrayList<>(List.of(Enums.label(e.status()), e.date().toString()));
        if (e.sourceId() != null || e.note() != null) parts.add(e.sourceId() == null ? "" : e.sourceId());
        if (e.note() != null) parts.add(e.note());
        return CellList.join(parts, '@');
    }

    private static BigDecimal decimal(String text) {
        if (text.isBlank()) return null;
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.field("quantity", "'" + text.strip() + "' is not a number");
        }
    }

    private static Boolean bool(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "", "false", "no" -> false;
            case "true", "yes" -> true;
            default -> throw InvalidInputException.field("flag", "'" + text.strip() + "' is not true or false");
        };
    }

    private static List<String> transferCells(Transfer t) {
        var terms = t.terms();
        return List.of(t.id(), nz(t.name()), t.donor().value(), t.recipient().value(), nz(t.financier()), nz(t.announced()),
                t.value() == null ? "" : t.value().amount().toPlainString(), t.value() == null ? "" : t.value().currency(),
                CellList.join(terms.permittedTerritory(), ';'), CellList.join(terms.permittedEndUsers(), ';'),
                nz(Enums.label(terms.purpose())), String.valueOf(terms.retransferRequiresConsent()), String.valueOf(terms.rightToInspect()),
                nz(terms.validUntil()), CellList.join(t.sourceIds(), ';'), nz(t.note()));
    }

    private static List<String> lineCells(TransferLine line) {
        return List.of(line.id(), nz(line.equipment().typeId()), nz(line.equipment().description()),
                line.quantity().amount() == null ? "" : line.quantity().amount().toPlainString(), line.quantity().unit().label(),
                CellList.join(line.serials().stream().map(SerialRange::toString).toList(), ';'),
                CellList.join(line.history().stream().map(TransferCsv::eventCell).toList(), ';'), nz(line.note()));
    }

    static String nz(Object value) {
        return value == null ? "" : value.toString();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }
}
