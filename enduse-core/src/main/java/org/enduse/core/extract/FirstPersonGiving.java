package org.enduse.core.extract;

/**
 * "« Nous livrerons 30 chasseurs F-16 »", "Ми, як і раніше, постачаємо ...", "We have already delivered nine IRIS-T": a
 * giving cue with "we" as its subject, a few words before it. Quoted, the giver's minister or diplomat speaks of the
 * state's own giving: a restatement ({@link TransferFinder}) by "we" is the giver told before, whatever goods it names,
 * while a restatement without it repeats the told transfer only for the same goods ({@link TransferContext}).
 */
final class FirstPersonGiving {
    private FirstPersonGiving() {}

    /** Tokens between "we" and its verb: "Ми, як і раніше, постачаємо" has six. */
    private static final int REACH = 6;

    static boolean tells(Passage s, Lexicon lexicon) {
        for (Lexicon.Hit we : lexicon.all(s, "demonstrative")) {
            if (!we.cue().value().equals("we")) continue;
            for (Lexicon.Hit cue : lexicon.all(s, "transfer", "delivery")) {
                int gap = cue.startToken() - we.startToken();
                if (gap > 0 && gap <= REACH) return true;
            }
        }
        return false;
    }
}
