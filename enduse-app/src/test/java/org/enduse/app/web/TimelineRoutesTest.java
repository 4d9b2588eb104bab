package org.enduse.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.enduse.core.catalog.EquipmentRef;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.PartialDate;
import org.enduse.core.sighting.Sighting;
import org.enduse.core.transfer.LifecycleEvent;
import org.enduse.core.transfer.LifecycleStatus;
import org.enduse.core.transfer.Quantity;
import org.enduse.core.transfer.SerialRange;
import org.enduse.core.transfer.Transfer;
import org.enduse.core.transfer.TransferLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A transfer's timeline and one item's, over HTTP, each organisation seeing its own records only. */
class TimelineRoutesTest {
    @TempDir Path dir;

    @Test
    void transferAndItemTimelinesInDateOrder() {
        try (TestServer server = new TestServer(dir)) {
            server.services.context().store().write("test", r -> {
                var line = new TransferLine("l1", new EquipmentRef("fn-scar", null), Quantity.items(10), List.of(SerialRange.parse("FN-100..FN-109")),
                        List.of(new LifecycleEvent(LifecycleStatus.DELIVERED, PartialDate.parse("2023-02"), null, "by road"),
                                new LifecycleEvent(LifecycleStatus.APPROVED, PartialDate.parse("2023-01-10"), null, null)), null);
                r.transfers().save(new Transfer("tr_serials", "Rifles with serials", CountryCode.of("BE"), CountryCode.of("UA"), null, null, null,
                        List.of(line), null, null, null));
                r.sightings().save(new Sighting("s_fn105", new EquipmentRef("fn-scar", null), null, null, List.of("FN 105"), null,
                        PartialDate.parse("2023-05-22"), null, null, null, null, null));
                return null;
            });
            server.services.recordAccess().setOwner("transfer", "tr_serials", server.be.id());
            server.services.recordAccess().setOwner("sighting", "s_fn105", server.be.id());
            Http be = Http.bearer(server, "be-viewer");

            var transfer = Http.json(be.get("/api/transfers/tr_serials/timeline"));
            assertThat(transfer.findValuesAsText("status")).containsExactly("approved", "delivered");
            assertThat(transfer.findValuesAsText("date")).containsExactly("2023-01-10", "2023-02");

            var item = Http.json(be.get("/api/items/fn-105/timeline"));
            assertThat(item.findValuesAsText("kind")).containsExactly("lifecycle", "lifecycle", "sighting");
            assertThat(item.get(2).get("sightingId").asText()).isEqualTo("s_fn105");
            assertThat(Http.json(be.get("/api/items/FN-110/timeline")).size()).isZero();

            Http nl = Http.bearer(server, "nl-admin");
            assertThat(nl.get("/api/transfers/tr_serials/timeline").statusCode()).isEqualTo(404);
            assertThat(Http.json(nl.get("/api/items/FN-105/timeline")).size()).isZero();
        }
    }
}
