package org.enduse.core.extract;

/**
 * Verbs that give only aid: "Норвегия продолжает оказывать украинской армии помощь", "Deutschland leistet jede
 * erdenkliche Hilfe", "l'Allemagne apportera toute l'aide", English "announced a $400 million military aid package".
 * With another object they give nothing ("оказывать давление", "Widerstand leisten", "apporter des précisions",
 * "announced a visit"), so they count only when their clause names aid or an aid package. Their lexicon value is the
 * status they give with the suffix "aid" ("deliveredaid", "pledgedaid", "announcedaid").
 */
final class AidVerbs {
    private static final String SUFFIX = "aid";

    private AidVerbs() {}

    /** True for a transfer cue that gives only aid. */
    static boolean aidOnly(Lexicon.Hit cue) {
        String value = cue.cue().value();
        return value.length() > SUFFIX.length() && value.endsWith(SUFFIX);
    }

    /** The status the cue's value names, without the suffix of a verb that gives only aid. */
    static String status(Lexicon.Hit cue) {
        String value = cue.cue().value();
        return aidOnly(cue) ? value.substring(0, value.length() - SUFFIX.length()) : value;
    }

    /** True when the cue gives only aid and its clause names none. */
    static boolean namesNoAid(SentenceRoles roles, Lexicon.Hit cue) {
        return aidOnly(cue) && !OwnAidApproval.namesAid(roles, cue);
    }
}
