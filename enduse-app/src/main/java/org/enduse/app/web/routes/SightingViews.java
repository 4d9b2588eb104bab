package org.enduse.app.web.routes;

import java.util.List;
import org.enduse.core.assess.SightingAssessment;
import org.enduse.core.sighting.Sighting;

/** Sightings as the API shows them: codes, dates and enums as plain values, flat enough for a CSV row. */
final class SightingViews {
    private SightingViews() {}

    /** A sighting in a list; {@code lat}/{@code lon} make it a point in GeoJSON. */
    public record SightingSummary(String id, String equipmentType, String equipment, String quantity, String unit, String place,
                                  String country, String region, Double lat, Double lon, String precision, String observed,
                                  String holderId, String holder, String status, String verification, List<String> serials,
                                  List<String> markings, List<String> sourceIds, String note) {
        static SightingSummary of(Sighting s) {
            var p = s.place();
            return new SightingSummary(s.id(), s.equipment().typeId(), s.equipment().description(),
                    s.quantity().amount() == null ? null : s.quantity().amount().toPlainString(), lower(s.quantity().unit()), p.name(),
                    p.country() == null ? null : p.country().value(), p.region(), p.lat(), p.lon(), lower(p.precision()),
                    s.observed() == null ? null : s.observed().toString(), s.holder() == null ? null : s.holder().actorId(),
                    s.holder() == null ? null : s.holder().name(), lower(s.status()), lower(s.verification()), s.serials(), s.markings(),
                    s.sourceIds(), s.note());
        }

        private static String lower(Enum<?> e) {
            return e == null ? null : e.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Words of a source's text [start, end) found by extraction; {@code aboutSighting} marks those the sighting rests on. */
    public record Span(int start, int end, String kind, String name, boolean aboutSighting) {}

    /**
     * A source of the sighting: its description, and its text with the spans when the document is
     * kept locally and unchanged ({@code textUnavailable} says why not otherwise). A source not
     * shared with the caller's organisation shows its id only.
     */
    public record SourceView(String id, String title, String outlet, String language, String location, String published,
                             String text, String textUnavailable, List<Span> spans) {}

    /** One sighting with its sources and what the assessment engine makes of it. */
    public record SightingDetail(SightingSummary sighting, List<SourceView> sources, SightingAssessment assessment) {}
}
