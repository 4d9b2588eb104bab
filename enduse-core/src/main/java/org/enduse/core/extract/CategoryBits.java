package org.enduse.core.extract;

/**
 * The lexicon's categories and their bits: an open-addressing table of names. The first 63
 * categories (in file order) each have a bit of their own; every later one has {@link #SHARED}, the
 * top bit, and is told apart by its name ({@link Categories}). A long per token keeps the bits of
 * the hits starting there (see {@link Passage}), so the quick "no cue of these categories here"
 * test stays one AND of two longs however many categories there are, and a hit of a later category
 * costs a name comparison only when a search asks for later categories at all. A wider bit set
 * would have cost every token and every search a second word (or an array) for categories that
 * are few and rarely asked for.
 *
 * Finders name categories by literal on every look-up (thousands per document), so the table
 * compares by identity first (the lexicon interns its categories, and literals are interned) and
 * keeps names and bits in flat arrays: a look-up is a probe or two of memory already in cache,
 * where a map of boxed bits cost a node and a box per category. Each slot keeps its name's hash too,
 * so a probe past another category's slot costs an int comparison, not a string comparison: with all
 * 64 categories in use, some sat 5 to 9 slots from where their hash points.
 */
final class CategoryBits {
    /** The bit every category after the first 63 carries; a hit with it is told apart by its category's name. */
    static final long SHARED = 1L << (Long.SIZE - 1);
    /** The table is kept at least four times as large as the categories in it, so that probes stay short. */
    private static final int LOAD = 4;
    private String[] names = new String[LOAD * Long.SIZE];
    private int[] hashes = new int[names.length];
    private long[] bits = new long[names.length];
    private int size;

    /** The category's bit ({@link #SHARED} for a later category); 0 when the lexicon has no such category. */
    long bitOf(String category) {
        int hash = category.hashCode();
        for (int slot = slotOf(hash, names.length); ; slot = (slot + 1) & (names.length - 1)) {
            String name = names[slot];
            if (name == null) return 0;
            if (hashes[slot] == hash && (name == category || name.equals(category))) return bits[slot];
        }
    }

    /** Gives a new category the next bit, or the shared one once the own bits are used up, and returns it. */
    long add(String category) {
        if (LOAD * (size + 1) > names.length) grow();
        long bit = size < Long.SIZE - 1 ? 1L << size : SHARED;
        put(category, bit);
        size++;
        return bit;
    }

    private void put(String category, long bit) {
        int slot = slotOf(category.hashCode(), names.length);
        while (names[slot] != null) slot = (slot + 1) & (names.length - 1);
        names[slot] = category;
        hashes[slot] = category.hashCode();
        bits[slot] = bit;
    }

    private void grow() {
        String[] oldNames = names;
        long[] oldBits = bits;
        names = new String[2 * oldNames.length];
        hashes = new int[names.length];
        bits = new long[names.length];
        for (int i = 0; i < oldNames.length; i++) if (oldNames[i] != null) put(oldNames[i], oldBits[i]);
    }

    private static int slotOf(int hash, int slots) {
        return (hash ^ (hash >>> 16)) & (slots - 1);
    }
}
