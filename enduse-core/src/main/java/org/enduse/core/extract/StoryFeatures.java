package org.enduse.core.extract;

import java.util.HashMap;
import java.util.Map;
import org.enduse.core.catalog.ActorKind;

/**
 * What the story grouper compares documents by: what extraction resolved, which is
 * language-neutral (catalog ids, place ids, countries involved in sightings and inquiries,
 * amounts), each feature with a weight saying how telling it is when two documents share it.
 *
 * The same equipment type or armed group, or the same countries in a sighting, is strong; the same
 * minister is weak (ministers are in every story); merely naming the same countries is very weak;
 * the same newspaper says nothing about the event. Weights are in tenths, so that adding them up is
 * exact and does not depend on the order they are added in.
 */
final class StoryFeatures {
    /** Two documents whose shared features weigh at least this much together are linked... */
    static final int THRESHOLD = 40;
    /** ...when at least one shared feature weighs this much in both. */
    static final int STRONG = 20;

    private StoryFeatures() {}

    /** The document's features by name, each with its largest weight in the document. */
    static Map<String, Integer> of(Extraction x) {
        Map<String, Integer> f = new HashMap<>();
        for (Mention m : x.mentions()) {
            switch (m.kind()) {
                case EQUIPMENT -> put(f, "entity:" + m.id(), 30);
                // A village the gazetteer lacks, read from its noun ("в поселке Глотово"), is known by its name as written.
                case PLACE -> put(f, m.id() == null ? "place:" + m.name().toLowerCase(java.util.Locale.ROOT) : "entity:" + m.id(),
                        m.id() != null && m.id().startsWith("capital-") ? 5 : 30);
                case ORGANIZATION -> {
                    // An organisation found by the shape of its name has no catalog id: "Federal Government" in one
                    // report and "Related News" in another would otherwise share the feature "entity:null".
                    if (m.id() == null || m.actorKind() == ActorKind.MEDIA_OUTLET) break;
                    put(f, "entity:" + m.id(), m.mayHold() ? 30 : 10);
                }
                case PERSON -> put(f, "person:" + (m.id() != null ? m.id() : m.name()), 5);
                case COUNTRY -> put(f, "country:" + m.code(), 2);
                case MONEY -> put(f, "money:" + m.currency() + ":" + m.amount().toPlainString(), 30);
                case QUANTITY -> put(f, "quantity:" + m.amount().toPlainString(), 15);
                default -> { }
            }
        }
        for (Event e : x.events()) {
            switch (e.type()) {
                case SIGHTING -> {
                    // The countries named in a sighting's sentence: whose arms, where, whose forces.
                    for (Mention m : x.mentions()) {
                        if (m.inside(e.evidenceStart(), e.evidenceEnd()) && m.country() != null
                                && (m.kind() == MentionKind.COUNTRY || m.kind() == MentionKind.EQUIPMENT || m.kind() == MentionKind.ORGANIZATION)) {
                            put(f, "sighting:" + m.country(), 20);
                        }
                    }
                }
                case INQUIRY -> { if (e.by() != null) put(f, "inquiry:" + e.by(), 10); }
                case TRANSFER -> { if (e.donor() != null && e.recipient() != null) put(f, "transfer:" + e.donor() + ">" + e.recipient(), 10); }
                case STATEMENT -> { if (e.by() != null) put(f, "statement:" + e.by() + ":" + e.stance(), 5); }
            }
        }
        return f;
    }

    private static void put(Map<String, Integer> f, String key, int weight) {
        f.merge(key, weight, Math::max);
    }
}
