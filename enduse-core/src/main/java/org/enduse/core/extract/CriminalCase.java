package org.enduse.core.extract;

import java.util.List;

/**
 * "In Delmenhorst ermitteln Polizei und Staatsanwaltschaft", "Полиция возбудила производство по
 * статье...": police, prosecutors and investigators seldom say whose they are, and a criminal case is
 * always heard by the state where it is opened. Its holder is the country of the place or government
 * body the sentence names, else of the last one the report named before it.
 */
final class CriminalCase {
    private CriminalCase() {}

    /**
     * The country that holds a criminal case the sentence tells without naming its holder's country;
     * null when unknown. A place that opens the sentence is not trusted: "Полиция", "Police" is also
     * a Polish town's name.
     */
    static String jurisdiction(Passage s, List<Mention> sentence, Discourse discourse) {
        int opening = s.tokens().get(0).start();
        for (Mention m : sentence) if (setsTheScene(m) && !(m.kind() == MentionKind.PLACE && m.start() == opening)) return m.country();
        return discourse.lastSetting();
    }

    /** True for a place or a government body with a known country: where what the report tells happens. */
    static boolean setsTheScene(Mention m) {
        return m.kind() == MentionKind.PLACE && m.country() != null || SentenceRoles.isGovernmentBody(m);
    }
}
