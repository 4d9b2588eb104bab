package org.enduse.app.web.routes;

import io.javalin.http.HandlerType;
import java.util.List;
import org.enduse.app.source.SourceTexts;
import org.enduse.app.web.ApiCall;
import org.enduse.app.web.Route;
import org.enduse.app.web.WebModule;
import org.enduse.app.web.routes.SightingViews.SightingDetail;
import org.enduse.app.web.routes.SightingViews.SightingSummary;
import org.enduse.app.web.routes.SightingViews.SourceView;
import org.enduse.app.web.routes.SightingViews.Span;
import org.enduse.core.account.AccessPolicy;
import org.enduse.core.account.Permission;
import org.enduse.core.account.RecordAccessRepository;
import org.enduse.core.assess.AssessmentResults;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.InvalidInputException;
import org.enduse.core.common.NotFoundException;
import org.enduse.core.common.PartialDate;
import org.enduse.core.extract.Extractor;
import org.enduse.core.geo.BoundingBox;
import org.enduse.core.sighting.Sighting;
import org.enduse.core.sighting.SightingListing;
import org.enduse.core.sighting.SightingMentions;
import org.enduse.core.sighting.SightingQuery;
import org.enduse.core.sighting.Verification;
import org.enduse.core.source.Source;
import org.enduse.core.storage.Store;

/** Sightings the caller's organisation may see: a filtered, paged list (filtered by the store) and one sighting explained. */
public final class SightingRoutes implements WebModule {
    static final String TYPE = "sighting";
    private static final int DEFAULT_LIMIT = 100;

    private final Store store;
    private final RecordAccessRepository access;
    private final AssessmentResults assessments;
    private Extractor extractor;

    public SightingRoutes(Store store, RecordAccessRepository access, AssessmentResults assessments) {
        this.store = store;
        this.access = access;
        this.assessments = assessments;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.api(HandlerType.GET, "/api/sightings").needs(Permission.READ_RECORDS)
                        .doc("listSightings", "sightings", "Sightings your organisation may see, filtered and paged by id; "
                                + "X-Total-Count gives how many match, X-Next-Cursor the cursor of the next page")
                        .query("bbox", "minLon,minLat,maxLon,maxLat: only sightings with a point inside")
                        .query("since", "only sightings that may fall on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
                        .query("country", "ISO 3166-1 alpha-2 code of where it was seen")
                        .query("equipment", "catalog type id, or words of the equipment description")
                        .query("verification", "at least this far verified: unverified, geolocated, corroborated, confirmed")
                        .query("limit", "at most this many (1 to " + SightingListing.MAX_LIMIT + ", default " + DEFAULT_LIMIT + ")")
                        .query("offset", "skip this many")
                        .query("cursor", "start after this sighting id (X-Next-Cursor of the previous page)")
                        .exportable().returnsListOf(SightingSummary.class).handle(this::list),
                Route.api(HandlerType.GET, "/api/sightings/{id}").needs(Permission.READ_RECORDS)
                        .doc("getSighting", "sightings", "One sighting with its sources' text and spans, its attribution and verdicts")
                        .returns(SightingDetail.class).handle(call -> call.json(detail(call))));
    }

    private void list(ApiCall call) {
        var query = new SightingQuery(null, CountryCode.ofNullable(call.query("country")), call.query("equipment"), null,
                verification(call.query("verification")), PartialDate.parseNullable(call.query("since")));
        var listing = new SightingListing(query, BoundingBox.parseNullable(call.query("bbox")), call.user().organisationId(),
                call.query("cursor"), number(call.query("offset"), "offset", 0), number(call.query("limit"), "limit", DEFAULT_LIMIT));
        var page = store.read(r -> r.sightings().page(listing));
        call.header("X-Total-Count", Long.toString(page.total()));
        if (page.next() != null) call.header("X-Next-Cursor", page.next());
        call.list("sightings", page.items().stream().map(SightingSummary::of).toList());
    }

    private SightingDetail detail(ApiCall call) {
        String id = call.path("id");
        access.ownership(TYPE, id).filter(o -> AccessPolicy.canRead(call.user(), o)).orElseThrow(() -> new NotFoundException(TYPE, id));
        Sighting s = store.read(r -> r.sightings().find(id)).orElseThrow(() -> new NotFoundException(TYPE, id));
        var shared = access.visibleAmong("source", call.user().organisationId(), s.sourceIds());
        var about = new SightingMentions(s);
        List<SourceView> sources = s.sourceIds().stream().map(sourceId -> shared.contains(sourceId)
                ? store.read(r -> r.sources().find(sourceId)).map(src -> source(src, about)).orElse(unknown(sourceId, "no such source is stored"))
                : unknown(sourceId, "not shared with your organisation")).toList();
        return new SightingDetail(SightingSummary.of(s), sources, assessments.ofSighting(id).orElse(null));
    }

    private SourceView source(Source src, SightingMentions about) {
        var text = SourceTexts.of(src);
        List<Span> spans = text.document() == null ? List.of() : extract(text.document(), src).stream()
                .map(m -> new Span(m.start(), m.end(), m.kind().name().toLowerCase(java.util.Locale.ROOT), m.name(), about.isAbout(m))).toList();
        return new SourceView(src.id(), src.title(), src.outlet(), src.language(), src.location(),
                src.published() == null ? null : src.published().toString(), text.document() == null ? null : text.document().text(),
                text.unavailable(), spans);
    }

    /** Extraction over one document; the extractor is built on first use (it loads the catalog and gazetteer names). */
    private synchronized List<org.enduse.core.extract.Mention> extract(org.enduse.core.intake.Document document, Source src) {
        if (extractor == null) extractor = Extractor.standard(sink -> { });
        PartialDate published = src.published() == null ? null : PartialDate.day(src.published().atZone(java.time.ZoneOffset.UTC).toLocalDate());
        return extractor.extract(document, published).mentions();
    }

    private static SourceView unknown(String id, String why) {
        return new SourceView(id, null, null, null, null, null, null, why, List.of());
    }

    private static Verification verification(String text) {
        if (text == null) return null;
        try {
            return Verification.valueOf(text.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("verification", "'" + text + "' is not one of unverified, geolocated, corroborated, confirmed");
        }
    }

    static int number(String text, String name, int otherwise) {
        if (text == null) return otherwise;
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw InvalidInputException.field(name, "'" + text + "' is not a whole number");
        }
    }
}
