package org.enduse.core.extract;

/**
 * Notable places whose name is also an ordinary word of the seven languages (geo/place-words.txt):
 * German "Geldern" (money) and "Namen" (names, Namur's German name), French "Police" (the Polish
 * town), capitalised as nouns or inside a body's name. Such a name is the place only where the
 * text puts it there: right after a preposition of place, motion or origin ("in Geldern", "nach
 * Police", "aus Namen"), or after a noun for a settlement or region ("Stadt Geldern"). Written in
 * capitals ("GELDERN (dpa)") it is a dateline and stays. Places in Ukraine and Russia are always
 * meant: the war is there ("région d'Odessa").
 */
final class WordNamedPlaces {
    private WordNamedPlaces() {}

    private static final java.util.Set<String> WAR = java.util.Set.of("UA", "RU");
    private static final Categories CUES = Lexicon.get().categories("loc", "to", CuedPlaces.CATEGORY);

    /** Whether the hit is a place named like a word with nothing before it that makes it a place. */
    static boolean wordWithoutCue(Passage p, NameMatcher.Hit hit) {
        Name name = hit.name();
        if (name.kind() != NameKind.PLACE || name.country() == null || WAR.contains(name.country()) || name.id() == null || name.id().startsWith("area-") || name.id().startsWith("capital-")) return false;
        Token first = p.tokens().get(hit.startToken());
        if (hit.endToken() != hit.startToken() + 1 || !GazetteerNameSource.isPlaceWord(TextFolding.fold(first.text()))) return false;
        if (first.isInCapitals()) return false;
        return !cueBefore(p, hit.startToken());
    }

    /** A preposition of place or motion, "aus"/"from", or a place noun ending right before the token. */
    private static boolean cueBefore(Passage p, int token) {
        if (!p.joined(token)) return false;
        Lexicon lexicon = Lexicon.get();
        for (int from = Math.max(0, token - 3); from < token; from++) {
            Lexicon.Hit cue = lexicon.at(p, from, CUES);
            if (cue != null && cue.endToken() == token) return true;
            Lexicon.Hit origin = lexicon.at(p, from, "from");
            if (origin != null && origin.endToken() == token && origin.cue().value().equals("from")) return true;
        }
        return false;
    }
}
