package org.enduse.store.sql;

import static org.enduse.store.sql.Rows.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.enduse.core.catalog.EquipmentRef;
import org.enduse.core.common.Money;
import org.enduse.core.transfer.LifecycleEvent;
import org.enduse.core.transfer.LifecycleStatus;
import org.enduse.core.transfer.Quantity;
import org.enduse.core.transfer.QuantityUnit;
import org.enduse.core.transfer.SerialNumbers;
import org.enduse.core.transfer.SerialRange;
import org.enduse.core.transfer.Transfer;
import org.enduse.core.transfer.TransferLine;
import org.enduse.core.transfer.TransferQuery;
import org.enduse.core.transfer.TransferRepository;
import org.jdbi.v3.core.Handle;

/** Transfers across the transfers, transfer_lines, line_serials, lifecycle_events, end_use_terms and transfer_sources tables. */
final class SqlTransfers implements TransferRepository {
    private static final List<String> CHILD_TABLES = List.of("lifecycle_events", "line_serials", "transfer_lines", "end_use_terms",
            "transfer_sources");

    private final Handle handle;
    private final Statements sql;
    private final AuditWriter audit;

    SqlTransfers(Handle handle, Statements sql, AuditWriter audit) {
        this.handle = handle;
        this.sql = sql;
        this.audit = audit;
    }

    @Override
    public Optional<Transfer> find(String id) {
        return load("id = :id", Map.of("id", id)).stream().findFirst();
    }

    @Override
    public boolean exists(String id) {
        return sql.any("SELECT 1 FROM transfers WHERE id = ?", id);
    }

    @Override
    public List<Transfer> list(TransferQuery query) {
        var where = new StringBuilder("1 = 1");
        var args = new java.util.HashMap<String, Object>();
        if (query.donor() != null) {
            where.append(" AND donor = :donor");
            args.put("donor", query.donor().value());
        }
        if (query.recipient() != null) {
            where.append(" AND recipient = :recipient");
            args.put("recipient", query.recipient().value());
        }
        return load(where.toString(), args).stream().filter(query::matches).toList();
    }

    @Override
    public void save(Transfer t) {
        if (audit == null) throw new IllegalStateException("saving a transfer needs a write transaction");
        boolean existed = exists(t.id());
        String amount = t.value() == null ? null : Rows.decimal(t.value().amount());
        String currency = t.value() == null ? null : t.value().currency();
        if (existed) {
            sql.update("UPDATE transfers SET name = ?, donor = ?, recipient = ?, financier = ?, announced = ?, value_amount = ?, "
                    + "value_currency = ?, note = ? WHERE id = ?", t.name(), text(t.donor()), text(t.recipient()), text(t.financier()),
                    text(t.announced()), amount, currency, t.note(), t.id());
            for (String table : CHILD_TABLES) sql.update("DELETE FROM " + table + " WHERE transfer_id = ?", t.id());
        } else {
            sql.update("INSERT INTO transfers (id, name, donor, recipient, financier, announced, value_amount, value_currency, note) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", t.id(), t.name(), text(t.donor()), text(t.recipient()), text(t.financier()),
                    text(t.announced()), amount, currency, t.note());
        }
        insertChildren(t);
        audit.saved(existed, "transfer", t.id(), t);
    }

    private void insertChildren(Transfer t) {
        var terms = TermRows.toRows(t.terms());
        for (int i = 0; i < terms.size(); i++) {
            sql.update("INSERT INTO end_use_terms (transfer_id, position, kind, value) VALUES (?, ?, ?, ?)",
                    t.id(), i, terms.get(i).kind(), terms.get(i).value());
        }
        for (int i = 0; i < t.sourceIds().size(); i++) {
            sql.update("INSERT INTO transfer_sources (transfer_id, position, source_id) VALUES (?, ?, ?)", t.id(), i, t.sourceIds().get(i));
        }
        for (int l = 0; l < t.lines().size(); l++) {
            TransferLine line = t.lines().get(l);
            sql.update("INSERT INTO transfer_lines (transfer_id, id, position, equipment_type, equipment_description, quantity, unit, note) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", t.id(), line.id(), l, line.equipment().typeId(), line.equipment().description(),
                    Rows.decimal(line.quantity().amount()), line.quantity().unit().name(), line.note());
            for (int i = 0; i < line.serials().size(); i++) {
                SerialRange r = line.serials().get(i);
                sql.update("INSERT INTO line_serials (transfer_id, line_id, position, first_serial, last_serial, first_normalised) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", t.id(), line.id(), i, r.first(), r.last(), SerialNumbers.normalise(r.first()));
            }
            for (int i = 0; i < line.history().size(); i++) {
                LifecycleEvent e = line.history().get(i);
                sql.update("INSERT INTO lifecycle_events (transfer_id, line_id, position, status, event_date, source_id, note) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", t.id(), line.id(), i, e.status().name(), e.date().toString(), e.sourceId(), e.note());
            }
        }
    }

    private record LineRow(String transferId, String id, EquipmentRef equipment, Quantity quantity, String note) {}

    private record SerialRow(String transferId, String lineId, SerialRange range) {}

    private record EventRow(String transferId, String lineId, LifecycleEvent event) {}

    private record TermRow(String transferId, TermRows.Term term) {}

    private record SourceRow(String transferId, String sourceId) {}

    /** Loads the transfers matching a condition on the transfers table with all their parts, in a fixed number of queries. */
    private List<Transfer> load(String where, Map<String, Object> args) {
        String ids = "SELECT id FROM transfers WHERE " + where;
        var lines = Rows.group(handle.createQuery("SELECT * FROM transfer_lines WHERE transfer_id IN (" + ids + ") ORDER BY transfer_id, position")
                .bindMap(args).map((rs, ctx) -> new LineRow(rs.getString("transfer_id"), rs.getString("id"),
                        new EquipmentRef(rs.getString("equipment_type"), rs.getString("equipment_description")),
                        new Quantity(Rows.decimal(rs, "quantity"), QuantityUnit.valueOf(rs.getString("unit"))), rs.getString("note")))
                .list(), LineRow::transferId);
        var serials = Rows.group(handle.createQuery("SELECT * FROM line_serials WHERE transfer_id IN (" + ids + ") ORDER BY transfer_id, line_id, position")
                .bindMap(args).map((rs, ctx) -> new SerialRow(rs.getString("transfer_id"), rs.getString("line_id"),
                        new SerialRange(rs.getString("first_serial"), rs.getString("last_serial"))))
                .list(), s -> s.transferId() + "\u0000" + s.lineId());
        var events = Rows.group(handle.createQuery("SELECT * FROM lifecycle_events WHERE transfer_id IN (" + ids + ") ORDER BY transfer_id, line_id, position")
                .bindMap(args).map((rs, ctx) -> new EventRow(rs.getString("transfer_id"), rs.getString("line_id"),
                        new LifecycleEvent(LifecycleStatus.valueOf(rs.getString("status")), Rows.date(rs, "event_date"),
                                rs.getString("source_id"), rs.getString("note"))))
                .list(), e -> e.transferId() + "\u0000" + e.lineId());
        var terms = Rows.group(handle.createQuery("SELECT * FROM end_use_terms WHERE transfer_id IN (" + ids + ") ORDER BY transfer_id, position")
                .bindMap(args).map((rs, ctx) -> new TermRow(rs.getString("transfer_id"), new TermRows.Term(rs.getString("kind"), rs.getString("value"))))
                .list(), TermRow::transferId);
        var sources = Rows.group(handle.createQuery("SELECT * FROM transfer_sources WHERE transfer_id IN (" + ids + ") ORDER BY transfer_id, position")
                .bindMap(args).map((rs, ctx) -> new SourceRow(rs.getString("transfer_id"), rs.getString("source_id")))
                .list(), SourceRow::transferId);
        return handle.createQuery("SELECT * FROM transfers WHERE " + where + " ORDER BY id").bindMap(args).map((rs, ctx) -> {
            String id = rs.getString("id");
            var transferLines = new ArrayList<TransferLine>();
            for (LineRow l : lines.getOrDefault(id, List.of())) {
                String key = id + "\u0000" + l.id();
                transferLines.add(new TransferLine(l.id(), l.equipment(), l.quantity(),
                        serials.getOrDefault(key, List.of()).stream().map(SerialRow::range).toList(),
                        events.getOrDefault(key, List.of()).stream().map(EventRow::event).toList(), l.note()));
            }
            String amount = rs.getString("value_amount");
            return new Transfer(id, rs.getString("name"), Rows.country(rs, "donor"), Rows.country(rs, "recipient"),
                    Rows.country(rs, "financier"), Rows.date(rs, "announced"),
                    amount == null ? null : Money.of(amount, rs.getString("value_currency")), transferLines,
                    TermRows.fromRows(terms.getOrDefault(id, List.of()).stream().map(TermRow::term).toList()),
                    sources.getOrDefault(id, List.of()).stream().map(SourceRow::sourceId).toList(), rs.getString("note"));
        }).list();
    }
}
