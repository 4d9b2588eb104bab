package org.enduse.core.extract;

/**
 * Lexicon categories a finder searches for, as {@link Lexicon#categories} gives them: their bits,
 * and their names for the categories that share one bit ({@link CategoryBits}). Finders that ask at
 * (nearly) every token keep theirs in constants: named on each call, the bits were looked up anew
 * and the names' array allocated each time, some thousands of times per document.
 *
 * @param bits  the categories' bits, {@link CategoryBits#SHARED} among them when a later category is named
 * @param names the categories by name, read only for a hit with the shared bit; null for every category
 */
record Categories(long bits, String[] names) {
    /** Every category of the lexicon. */
    static final Categories ANY = new Categories(-1L, null);

    /** Whether a hit of the category with the bit (as {@link Cue#categoryBit} gives it) is one of the categories. */
    static boolean includes(long bits, String[] names, long bit, String category) {
        if ((bit & bits) == 0) return false;
        if (bit != CategoryBits.SHARED || names == null) return true;
        for (String name : names) if (name == category || name.equals(category)) return true;
        return false;
    }
}
