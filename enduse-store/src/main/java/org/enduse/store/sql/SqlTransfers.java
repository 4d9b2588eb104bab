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
    private final Handle handle;
    private final AuditWriter audit;

    SqlTransfers(Handle handle, AuditWriter audit) {
        this.handle = handle;
        this.audit = audit;
    }

    @Override
    public Optional<Transfer> find(String id) {
        return load("id = :id", Map.of("id", id)).stream().findFirst();
    }

    @Override
    public boolean exists(String id) {
        return handle.createQuery("SELECT COUNT(*) FROM transfers WHERE id = :id").bind("id", id).mapTo(Integer.class).one() > 0;
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
        String sql = existed
                ? "UPDATE transfers SET name = :name, donor = :donor, recipient = :recipient, financier = :financier, "
                        + "announced = :announced, value_amount = :amount, value_currency = :currency, note = :note WHERE id = :id"
                : "INSERT INTO transfers (id, name, donor, recipient, financier, announced, value_amount, value_currency, note) "
                        + "VALUES (:id, :name, :donor, :recipient, :financier, :announced, :amount, :currency, :note)";
        handle.createUpdate(sql).bind("id", t.id()).bind("name", t.name()).bind("donor", text(t.donor()))
                .bind("recipient", text(t.recipient())).bind("financier", text(t.financier()))
                .bind("announced", text(t.announced()))
                .bind("amount", t.value() == null ? null : Rows.decimal(t.value().amount()))
                .bind("currency", t.value() == null ? null : t.value().currency()).bind("note", t.note())
                .execute();
        if (existed) {
            for (String table : List.of("lifecycle_events", "line_serials", "transfer_lines", "end_use_terms", "transfer_sources")) {
                handle.createUpdate("DELETE FROM " + table + " WHERE transfer_id = :id").bind("id", t.id()).execute();
            }
        }
        insertChildren(t);
        audit.saved(existed, "transfer", t.id(), t);
    }

    private void insertChildren(Transfer t) {
        var terms = TermRows.toRows(t.terms());
        for (int i = 0; i < terms.size(); i++) {
            handle.createUpdate("INSERT INTO end_use_terms (transfer_id, position, kind, value) VALUES (:t, :p, :k, :v)")
                    .bind("t", t.id()).bind("p", i).bind("k", terms.get(i).kind()).bind("v", terms.get(i).value()).execute();
        }
        for (int i = 0; i < t.sourceIds().size(); i++) {
            handle.createUpdate("INSERT INTO transfer_sources (transfer_id, position, source_id) VALUES (:t, :p, :s)")
                    .bind("t", t.id()).bind("p", i).bind("s", t.sourceIds().get(i)).execute();
        }
        for (int l = 0; l < t.lines().size(); l++) {
            TransferLine line = t.lines().get(l);
            handle.createUpdate("INSERT INTO transfer_lines (transfer_id, id, position, equipment_type, equipment_description, quantity, unit, note) "
                            + "VALUES (:t, :id, :p, :type, :desc, :qty, :unit, :note)")
                    .bind("t", t.id()).bind("id", line.id()).bind("p", l).bind("type", line.equipment().typeId())
                    .bind("desc", line.equipment().description()).bind("qty", Rows.decimal(line.quantity().amount()))
                    .bind("unit", line.quantity().unit().name()).bind("note", line.note()).execute();
            for (int i = 0; i < line.serials().size(); i++) {
                SerialRange r = line.serials().get(i);
                handle.createUpdate("INSERT INTO line_serials (transfer_id, line_id, position, first_serial, last_serial, first_normalised) "
                                + "VALUES (:t, :l, :p, :first, :last, :norm)")
                        .bind("t", t.id()).bind("l", line.id()).bind("p", i).bind("first", r.first()).bind("last", r.last())
                        .bind("norm", SerialNumbers.normalise(r.first())).execute();
            }
            for (int i = 0; i < line.history().size(); i++) {
                LifecycleEvent e = line.history().get(i);
                handle.createUpdate("INSERT INTO lifecycle_events (transfer_id, line_id, position, status, event_date, source_id, note) "
                                + "VALUES (:t, :l, :p, :status, :date, :source, :note)")
                        .bind("t", t.id()).bind("l", line.id()).bind("p", i).bind("status", e.status().name())
                        .bind("date", e.date().toString()).bind("source", e.sourceId()).bind("note", e.note()).execute();
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
