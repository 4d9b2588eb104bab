package org.enduse.core.assess;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.enduse.core.catalog.ActorRef;
import org.enduse.core.catalog.EquipmentRef;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.PartialDate;
import org.enduse.core.geo.GeoPrecision;
import org.enduse.core.geo.Place;
import org.enduse.core.sighting.Sighting;
import org.enduse.core.sighting.SightingStatus;
import org.enduse.core.transfer.EndUseTerms;
import org.enduse.core.transfer.LifecycleEvent;
import org.enduse.core.transfer.LifecycleStatus;
import org.enduse.core.transfer.Purpose;
import org.enduse.core.transfer.Quantity;
import org.enduse.core.transfer.QuantityUnit;
import org.enduse.core.transfer.SerialRange;
import org.enduse.core.transfer.Transfer;
import org.enduse.core.transfer.TransferLine;

/** TEST FIXTURE: short builders for transfers, lines and sightings, and an engine over the test catalog. */
public final class TestData {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2023-06-05T09:00:00Z"), ZoneOffset.UTC);
    public static final Place BELGOROD_OBLAST = new Place("Belgorod Oblast", null, "RU-BEL", null, null, GeoPrecision.REGION);
    public static final Place BELGOROD_CITY = new Place("Belgorod", CountryCode.of("RU"), "RU-BEL", 50.5977, 36.5858, GeoPrecision.SETTLEMENT);
    public static final Place KYIV = new Place("Kyiv", CountryCode.of("UA"), null, 50.4501, 30.5234, GeoPrecision.SETTLEMENT);
    /** Just across the border from Ukraine's Kharkiv Oblast, about 2 km into Russia. */
    public static final Place BORDER_VILLAGE = new Place("near Kozinka", null, null, 50.42, 35.60, GeoPrecision.SETTLEMENT);

    private TestData() {}

    public static AssessmentEngine engine() {
        TestCatalog catalog = new TestCatalog();
        return new AssessmentEngine(catalog, catalog, new CoarseTerritory(), EvidenceLocator.sourcesOnly(), CLOCK, AssessmentEngine.DEFAULT_KEEP);
    }

    /** Territory UA, end user the Armed Forces of Ukraine, self-defence, no re-transfer without consent. */
    public static EndUseTerms standardTerms() {
        return new EndUseTerms(List.of("UA"), List.of("ua-afu"), Purpose.SELF_DEFENCE, true, false, null);
    }

    public static Transfer transfer(String id, String donor, EndUseTerms terms, TransferLine... lines) {
        return new Transfer(id, null, CountryCode.of(donor), CountryCode.of("UA"), null, null, null, List.of(lines), terms,
                List.of("src-" + id), null);
    }

    /** A line delivered on the given date (null: no delivery recorded); quantity null means unknown. */
    public static TransferLine line(String id, String type, Long quantity, String delivered, String... serials) {
        List<LifecycleEvent> history = new ArrayList<>();
        if (delivered != null) history.add(new LifecycleEvent(LifecycleStatus.DELIVERED, PartialDate.parse(delivered), "src-delivery-" + id, null));
        return new TransferLine(id, EquipmentRef.type(type), quantity == null ? Quantity.unknown(QuantityUnit.ITEMS) : Quantity.items(quantity),
                Arrays.stream(serials).map(SerialRange::parse).toList(), history, null);
    }

    public static TransferLine withEvent(TransferLine l, LifecycleStatus status, String date) {
        List<LifecycleEvent> history = new ArrayList<>(l.history());
        history.add(new LifecycleEvent(status, PartialDate.parse(date), "src-" + status.name().toLowerCase() + "-" + l.id(), null));
        return new TransferLine(l.id(), l.equipment(), l.quantity(), l.serials(), history, l.note());
    }

    public static SightingBuilder seen(String id, String type) {
        return new SightingBuilder(id, EquipmentRef.type(type));
    }

    /** Builds a sighting; defaults: in use, 22 May 2023, in Kyiv, held by the Armed Forces of Ukraine. */
    public static final class SightingBuilder {
        private final String id;
        private final EquipmentRef equipment;
        private PartialDate observed = PartialDate.parse("2023-05-22");
        private Place place = KYIV;
        private ActorRef holder = ActorRef.id("ua-afu");
        private SightingStatus status = SightingStatus.IN_USE;
        private List<String> serials = List.of();
        private List<String> markings = List.of();

        SightingBuilder(String id, EquipmentRef equipment) {
            this.id = id;
            this.equipment = equipment;
        }

        public SightingBuilder on(String date) {
            observed = date == null ? null : PartialDate.parse(date);
            return this;
        }

        public SightingBuilder at(Place p) {
            place = p;
            return this;
        }

        public SightingBuilder heldBy(String actorId) {
            holder = actorId == null ? null : ActorRef.id(actorId);
            return this;
        }

        public SightingBuilder heldByName(String name) {
            holder = new ActorRef(null, name);
            return this;
        }

        public SightingBuilder status(SightingStatus s) {
            status = s;
            return this;
        }

        public SightingBuilder serials(String... s) {
            serials = List.of(s);
            return this;
        }

        public SightingBuilder markings(String... m) {
            markings = List.of(m);
            return this;
        }

        public Sighting build() {
            return new Sighting(id, equipment, null, markings, serials, place, observed, holder, status, null, List.of("src-" + id), null);
        }
    }
}
