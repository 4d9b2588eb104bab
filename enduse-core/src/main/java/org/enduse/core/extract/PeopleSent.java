package org.enduse.core.extract;

import java.util.List;

/**
 * A giving verb whose goods are people counted: "België stuurt 300 militairen naar Roemenië", "will send 300
 * soldiers to Romania". Troops sent are no equipment given (the arrival reading already says so of people who
 * arrive), and their destination must not become the receiver the report carries to its later giving (18 nl-05).
 * Only a number of people counts ("військових касок", "Brigade", "military aid" name no people sent), and only in
 * a sentence that names no arms: "sends 300 soldiers and ten tanks" still gives the tanks.
 */
final class PeopleSent {
    private PeopleSent() {}

    /** The sentence sends people alone: a number of persons and no arms. */
    static boolean only(Passage sentence, List<Mention> in) {
        return countedBeforeWithoutArms(sentence, in, Integer.MAX_VALUE);
    }

    /** The state receives the people the sentence counts before it ("300 militairen naar Roemenië"), and no arms. */
    static boolean toward(Passage sentence, Mention state, List<Mention> in) {
        return countedBeforeWithoutArms(sentence, in, state.start());
    }

    /** A number of persons ending by the offset, in a sentence that names no arms. */
    private static boolean countedBeforeWithoutArms(Passage sentence, List<Mention> in, int offset) {
        return Lists.any(in, m -> m.countsPersons() && m.end() <= offset)
                && !NegatedArms.namesArms(sentence, in, Lexicon.get());
    }
}
