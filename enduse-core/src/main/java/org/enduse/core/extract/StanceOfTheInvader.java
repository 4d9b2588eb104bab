package org.enduse.core.extract;

/**
 * "Российская сторона подчеркнула, что поставляемое оружие используется для обстрелов", "Представитель Кремля добавил, что
 * Украина не может обеспечить ... учет поставляемого Западом оружия": words about the arms that stress them or speak of their
 * control read as an assurance only from a side that vouches for the arms (their giver or receiver). Spoken for the state
 * that invaded their receiver, the arms' target, they condemn the arms: the labels of batches 12-43 give Russia 198
 * condemnations and 2 assurances, both words that arms did not go astray (docs/devset.md, round 48). The invader's own verb of
 * assuring ("заверил") keeps its stance; its negated words about the arms are read by {@link #ofNegatedWordsAboutArms}.
 */
final class StanceOfTheInvader {
    private StanceOfTheInvader() {}

    /** The stance a statement read from stressing or control words takes when its speaker's state, by code, is {@code by}. */
    static String of(String stance, String by) {
        return "assurance".equals(stance) && Belligerents.invader(by) ? "condemnation" : stance;
    }

    /**
     * The stance of a speaker's negated words that name arms, with no stance verb and no word calling a claim false;
     * {@code stance} is theirs as read for any speaker (an assurance, "Western tanks will not change anything", or a denial).
     * Spoken for the invader, they are said against the arms or their givers ("De levering van wapens ... zal de humanitaire
     * situatie niet verbeteren, zei woordvoerster Maria Zakharova", "Поставки оружия Киеву не помешают РФ достичь своих
     * целей"), and the labels condemn: the pool 12-49 gives Russia 237 condemnations and 9 denials, each a verb of denying
     * ("dément", "dementiert") or a comment on claims called alleged ("якобы"), none negated words about arms (docs/devset.md,
     * round 53). Words calling a claim false deny it whoever speaks, and words that the arms did not go astray assure
     * whoever speaks (the caller keeps both).
     */
    static String ofNegatedWordsAboutArms(String stance, String by) {
        return Belligerents.invader(by) ? "condemnation" : stance;
    }
}
