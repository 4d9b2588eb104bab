package org.enduse.core.extract;

import java.util.Arrays;

/**
 * The root children of a {@link PhraseTrie}: its first words, each with its node. Every token of
 * every text is looked up here, and most of the keys (tens of thousands for the name gazetteer) are
 * cold in the processor's cache, so the layout is chosen for few memory accesses rather than
 * generality:
 * <ul>
 *   <li>a bit per hash of the keys, small enough to stay in cache: most words start no phrase, and a
 *       clear bit says so without touching the table;</li>
 *   <li>an open-addressing table of longs, each a key's hash and where its characters start in one
 *       shared character array, with the nodes in a parallel array. A look-up reads one slot, then
 *       the key's characters and its node independently of each other, where a {@link java.util.HashMap}
 *       walked slot, entry, key, the key's bytes and the value one after the other.</li>
 * </ul>
 * Filled while the trie is built (one thread, before any look-up) and only read after.
 *
 * @param <N> the trie's node
 */
final class RootTable<N> {
    /** Slots per key at most, so that probes stay short (a probe that misses mostly ends at the next slot). */
    private static final int SLOTS_PER_KEY = 2;
    /** A clear slot: no key has it, since keys start at character 1 of {@link #chars}. */
    private static final long EMPTY = 0;

    /** Per slot: the key's hash in the high half, where its length and characters start in {@link #chars} in the low half. */
    private long[] slots = new long[8];
    private Object[] nodes = new Object[8];
    /** Every key as its length, then its characters; index 0 is unused so no key starts there. */
    private char[] chars = new char[64];
    private int charsUsed = 1;
    private int size;

    /**
     * A bit per hash of the keys, growing to keep 8 to 16 bits per key: false hits stay near one in
     * ten at a few hundred KB. A set bit may be a collision; the table decides.
     */
    private long[] keyBits = new long[1];
    private int keyBitShift = Integer.SIZE - Integer.numberOfTrailingZeros(Long.SIZE); // 64 bits: the top 6 of the hash

    /** The key's node, or null. */
    @SuppressWarnings("unchecked")
    N get(String key) {
        int hash = key.hashCode();
        if (!mayHave(hash)) return null;
        int mask = slots.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            long entry = slots[slot];
            if (entry == EMPTY) return null;
            if ((int) (entry >>> 32) == hash && sameKey((int) entry, key)) return (N) nodes[slot];
        }
    }

    /** Adds a key not yet in the table with its node. */
    void put(String key, N node) {
        if (key.length() > Character.MAX_VALUE) throw new IllegalArgumentException("a phrase's first word longer than " + (int) Character.MAX_VALUE + " characters: " + key.substring(0, 40) + "...");
        if ((long) (size + 1) * SLOTS_PER_KEY > slots.length) growSlots();
        int at = storeChars(key);
        insert(((long) key.hashCode() << 32) | at, node);
        size++;
        markKeyBit(key.hashCode());
    }

    private void insert(long entry, Object node) {
        int mask = slots.length - 1;
        int slot = spread((int) (entry >>> 32)) & mask;
        while (slots[slot] != EMPTY) slot = (slot + 1) & mask;
        slots[slot] = entry;
        nodes[slot] = node;
    }

    private void growSlots() {
        long[] oldSlots = slots;
        Object[] oldNodes = nodes;
        slots = new long[oldSlots.length * 2];
        nodes = new Object[oldNodes.length * 2];
        for (int s = 0; s < oldSlots.length; s++) {
            if (oldSlots[s] != EMPTY) insert(oldSlots[s], oldNodes[s]);
        }
    }

    private int storeChars(String key) {
        int at = charsUsed;
        if (at + 1 + key.length() > chars.length) chars = Arrays.copyOf(chars, Math.max(2 * chars.length, at + 1 + key.length()));
        chars[at] = (char) key.length();
        key.getChars(0, key.length(), chars, at + 1);
        charsUsed = at + 1 + key.length();
        return at;
    }

    private boolean sameKey(int at, String key) {
        int length = chars[at];
        if (length != key.length()) return false;
        for (int i = 0; i < length; i++) {
            if (chars[at + 1 + i] != key.charAt(i)) return false;
        }
        return true;
    }

    /** Sets the hash's bit, first growing the bits (and setting each key's again) when fewer than 8 per key are left. */
    private void markKeyBit(int hash) {
        if ((long) keyBits.length * Long.SIZE < 8L * size) {
            int bits = Integer.highestOneBit(16 * size);
            keyBits = new long[bits / Long.SIZE];
            keyBitShift = Integer.SIZE - Integer.numberOfTrailingZeros(bits);
            for (long entry : slots) {
                if (entry != EMPTY) setKeyBit((int) (entry >>> 32));
            }
        } else {
            setKeyBit(hash);
        }
    }

    private void setKeyBit(int hash) {
        int bit = keyBit(hash);
        keyBits[bit >>> 6] |= 1L << bit;
    }

    private boolean mayHave(int hash) {
        int bit = keyBit(hash);
        return (keyBits[bit >>> 6] & (1L << bit)) != 0;
    }

    /** The hash's bit: its top bits spread by a multiplier, so similar words fall far apart. */
    private int keyBit(int hash) {
        return (hash * 0x9E3779B9) >>> keyBitShift;
    }

    /** The slot a hash starts probing at: its bits mixed so that the low ones, which the mask keeps, vary. */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
