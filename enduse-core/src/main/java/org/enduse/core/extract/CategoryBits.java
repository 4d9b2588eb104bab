package org.enduse.core.extract;

/**
 * The lexicon's categories, each with its own bit: an open-addressing table of at most 64 names.
 * Finders name categories by literal on every look-up (thousands per document), so the table
 * compares by identity first (the lexicon interns its categories, and literals are interned) and
 * keeps names and bits in flat arrays: a look-up is a probe or two of memory already in cache,
 * where a map of boxed bits cost a node and a box per category. Each slot keeps its name's hash too,
 * so a probe past another category's slot costs an int comparison, not a string comparison: with all
 * 64 categories in use, some sat 5 to 9 slots from where their hash points.
 */
final class CategoryBits {
    /** Four times the most categories a long has bits for, so that probes stay short. */
    private static final int SLOTS = 4 * Long.SIZE;
    private final String[] names = new String[SLOTS];
    private final int[] hashes = new int[SLOTS];
    private final long[] bits = new long[SLOTS];
    private int size;

    /** The category's bit; 0 when it has none. */
    long bitOf(String category) {
        int hash = category.hashCode();
        for (int slot = slotOf(hash); ; slot = (slot + 1) & (SLOTS - 1)) {
            String name = names[slot];
            if (name == null) return 0;
            if (hashes[slot] == hash && (name == category || name.equals(category))) return bits[slot];
        }
    }

    /** Gives a new category the next bit and returns it; the caller checks there is one left. */
    long add(String category) {
        int slot = slotOf(category.hashCode());
        while (names[slot] != null) slot = (slot + 1) & (SLOTS - 1);
        names[slot] = category;
        hashes[slot] = category.hashCode();
        bits[slot] = 1L << size++;
        return bits[slot];
    }

    int size() {
        return size;
    }

    private static int slotOf(int hash) {
        return (hash ^ (hash >>> 16)) & (SLOTS - 1);
    }
}
