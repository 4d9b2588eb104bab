package org.enduse.core.extract;

/**
 * "Российская сторона подчеркнула, что поставляемое оружие используется для обстрелов", "Представитель Кремля добавил, что
 * Украина не может обеспечить ... учет поставляемого Западом оружия": words about the arms that stress them or speak of their
 * control read as an assurance only from a side that vouches for the arms (their giver or receiver). Spoken for the state
 * that invaded their receiver, the arms' target, they condemn the arms: the labels of batches 12-43 give Russia 198
 * condemnations and 2 assurances, both words that arms did not go astray (docs/devset.md, round 48). The invader's own verb of
 * assuring ("заверил") and its words that arms did not go astray keep their stance.
 */
final class StanceOfTheInvader {
    private StanceOfTheInvader() {}

    /** The stance a statement read from stressing or control words takes when its speaker's state, by code, is {@code by}. */
    static String of(String stance, String by) {
        return "assurance".equals(stance) && Belligerents.invader(by) ? "condemnation" : stance;
    }
}
