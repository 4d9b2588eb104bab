package org.enduse.core.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The state whose government body a report named last: "The Dutch Defense Ministry
 * has confirmed the delivery of the first F-16s to Ukraine. ... Thereafter, the first promised
 * F-16s were handed over to Ukraine." A report built on one ministry's announcement tells that
 * state's giving in sentences that no longer name it. {@link TransferContext} falls back on it only
 * while no transfer of the report has named a giver of its own. Read sentence by sentence.
 */
final class SpeakingBody {
    private String country;
    /** States whose speakers condemned or denied something in the report: "Zakharova said supplies of Western weapons ...". */
    private final Set<String> objecting = new HashSet<>();

    /** Notes the last government body with a known state among a sentence's mentions. */
    void read(List<Mention> sentenceMentions) {
        for (Mention m : sentenceMentions) {
            // Not an armed force: a report names the forces fighting with the arms, whoever gave them.
            if (SentenceRoles.isGovernmentBody(m)) country = m.country();
        }
    }

    /** Notes the states that condemn or deny in a sentence's statements. */
    void heard(List<Event> events) {
        for (Event e : events) {
            boolean objects = e.type() == EventType.STATEMENT && ("condemnation".equals(e.stance()) || "denial".equals(e.stance()));
            if (objects && e.by() != null) objecting.add(e.by());
        }
    }

    /**
     * The state of the body named last in the sentences before; null when none was, or when that
     * state condemned or denied something in the report: a ministry that objects to deliveries
     * (Moscow's, or a neutral state refusing a re-export) reports giving by others.
     */
    String country() {
        return country == null || objecting.contains(country) ? null : country;
    }
}
