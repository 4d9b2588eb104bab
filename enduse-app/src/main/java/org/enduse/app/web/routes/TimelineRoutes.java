package org.enduse.app.web.routes;

import io.javalin.http.HandlerType;
import java.util.List;
import org.enduse.app.web.Route;
import org.enduse.app.web.WebModule;
import org.enduse.core.account.AccessPolicy;
import org.enduse.core.account.Permission;
import org.enduse.core.account.RecordAccessRepository;
import org.enduse.core.common.NotFoundException;
import org.enduse.core.storage.Store;
import org.enduse.core.transfer.Timeline;
import org.enduse.core.transfer.Transfer;
import org.enduse.core.transfer.TransferQuery;

/** Timelines: a transfer's lines through their lifecycle, and one item (by serial) from delivery to its sightings. */
public final class TimelineRoutes implements WebModule {
    /** A timeline entry with its date as written ("2023", "2023-05", "2023-05-22"; null when undated). */
    public record TimelineEntry(String date, String kind, String transferId, String lineId, String status, String sightingId,
                                String place, String sourceId, String note) {
        static TimelineEntry of(Timeline.Entry e) {
            return new TimelineEntry(e.date() == null ? null : e.date().toString(), e.kind(), e.transferId(), e.lineId(), e.status(),
                    e.sightingId(), e.place(), e.sourceId(), e.note());
        }
    }

    private final Store store;
    private final RecordAccessRepository access;

    public TimelineRoutes(Store store, RecordAccessRepository access) {
        this.store = store;
        this.access = access;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.api(HandlerType.GET, "/api/transfers/{id}/timeline").needs(Permission.READ_RECORDS)
                        .doc("transferTimeline", "timelines", "The lifecycle events of each line of a transfer, oldest first")
                        .exportable().returnsListOf(TimelineEntry.class).handle(call -> {
                            String id = call.path("id");
                            access.ownership(TransferRoutes.TYPE, id).filter(o -> AccessPolicy.canRead(call.user(), o))
                                    .orElseThrow(() -> new NotFoundException(TransferRoutes.TYPE, id));
                            Transfer t = store.read(r -> r.transfers().find(id)).orElseThrow(() -> new NotFoundException(TransferRoutes.TYPE, id));
                            call.list("timeline-" + id.replaceAll("[^A-Za-z0-9_-]", "_"), Timeline.of(t).stream().map(TimelineEntry::of).toList());
                        }),
                Route.api(HandlerType.GET, "/api/items/{serial}/timeline").needs(Permission.READ_RECORDS)
                        .doc("itemTimeline", "timelines", "One item by its serial: the history of the lines it belongs to and the sightings "
                                + "that read it, among the records your organisation may see")
                        .exportable().returnsListOf(TimelineEntry.class).handle(call -> {
                            String serial = call.path("serial");
                            String org = call.user().organisationId();
                            var sightings = store.read(r -> r.sightings().withSerial(serial));
                            var transfers = store.read(r -> r.transfers().list(TransferQuery.all()));
                            var seen = access.visibleAmong(SightingRoutes.TYPE, org, sightings.stream().map(s -> s.id()).toList());
                            var given = access.visibleAmong(TransferRoutes.TYPE, org, transfers.stream().map(Transfer::id).toList());
                            var entries = Timeline.ofItem(serial, transfers.stream().filter(t -> given.contains(t.id())).toList(),
                                    sightings.stream().filter(s -> seen.contains(s.id())).toList());
                            call.list("item-timeline", entries.stream().map(TimelineEntry::of).toList());
                        }));
    }
}
