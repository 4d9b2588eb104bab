package org.enduse.core.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * States at war with each other (belligerents.tsv): a state never gives arms to its enemy, so no reading of a
 * sentence makes it the giver of a transfer to that enemy. "Россия только что объявила, что Украина потеряла
 * системы, предоставленные США", "zur Abwehr des russischen Einmarsches liefert Frankreich an die Ukraine": the
 * enemy is the announcer or the aggressor named by the sentence, and the next giver read (the United States,
 * France) gives instead.
 */
final class Belligerents {
    /** The file read once: each state's enemies, every pair entered both ways, and the states invaded (the second column). */
    private record Wars(Map<String, Set<String>> enemies, Set<String> invaded) {}

    private static final Wars WARS = load("/org/enduse/core/extract/belligerents.tsv");
    /** Asked for each giver read, so no key is built per question. */
    private static final Map<String, Set<String>> ENEMIES = WARS.enemies();
    private static final Set<String> INVADED = WARS.invaded();

    private Belligerents() {}

    /** True when the two states, given by code, are at war with each other; false when either is unknown. */
    static boolean atWar(String one, String other) {
        return one != null && other != null && ENEMIES.getOrDefault(one, Set.of()).contains(other);
    }

    /** True when the state, given by code, is at war with any state. */
    static boolean inWar(String state) {
        return state != null && ENEMIES.containsKey(state);
    }

    /** The one state the given state is at war with, or null when it is at war with none or with several. */
    static String onlyEnemyOf(String state) {
        Set<String> enemies = ENEMIES.getOrDefault(state, Set.of());
        return enemies.size() == 1 ? enemies.iterator().next() : null;
    }

    /**
     * True for a state invaded by another (the file's second column): the side the reports show receiving arms, never
     * giving them, so a reading that makes it the giver has taken the wrong word ({@link InvadedReceives}).
     */
    static boolean invaded(String state) {
        return state != null && INVADED.contains(state);
    }

    /**
     * True for a state that invaded another (the first column of a pair whose second it invaded): the side the arms given to
     * the invaded state are against, which never vouches for them ({@link StanceOfTheInvader}).
     */
    static boolean invader(String state) {
        return state != null && !INVADED.contains(state) && ENEMIES.getOrDefault(state, Set.of()).stream().anyMatch(INVADED::contains);
    }

    /** True when the mentions' states are at war with each other. */
    static boolean atWar(Mention one, Mention other) {
        return atWar(SentenceRoles.countryOf(one), SentenceRoles.countryOf(other));
    }

    /** True when the transfer names as giver a state at war with its recipient. */
    static boolean givesToEnemy(Event e) {
        return e.type() == EventType.TRANSFER && atWar(e.donor(), e.recipient());
    }

    private static Wars load(String resource) {
        Map<String, Set<String>> enemies = new HashMap<>();
        Set<String> invaded = new HashSet<>();
        TsvResource.forEachRow(resource, "", (number, line) -> {
            String[] cols = line.split("\t");
            if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank() || Objects.equals(cols[0], cols[1])) {
                throw new IllegalStateException(resource + ":" + number + ": expected two different state codes: " + line);
            }
            enemies.computeIfAbsent(cols[0], k -> new HashSet<>()).add(cols[1]);
            enemies.computeIfAbsent(cols[1], k -> new HashSet<>()).add(cols[0]);
            invaded.add(cols[1]);
        });
        Map<String, Set<String>> frozen = new HashMap<>();
        enemies.forEach((state, of) -> frozen.put(state, Set.copyOf(of)));
        return new Wars(Map.copyOf(frozen), Set.copyOf(invaded));
    }
}
