package org.enduse.core.catalog;

import java.util.HashSet;
import java.util.Optional;

/** Looks up actors by id; the catalog implements it, tests may use a small map. */
public interface ActorDirectory {
    Optional<Actor> actor(String id);

    /**
     * True when {@code actorId} is {@code ancestorId} or lies under it through parent links
     * (a brigade within the Armed Forces of Ukraine within Ukraine).
     */
    default boolean isWithin(String actorId, String ancestorId) {
        var seen = new HashSet<String>();
        String current = actorId;
        while (current != null && seen.add(current)) {
            if (current.equals(ancestorId)) return true;
            current = actor(current).map(Actor::parentId).orElse(null);
        }
        return false;
    }
}
