package org.enduse.core.assess;

import java.util.List;
import org.enduse.core.catalog.ActorDirectory;
import org.enduse.core.catalog.ActorKind;

/**
 * Is the holder a permitted end user, or part of one? A brigade within the Armed Forces of
 * Ukraine is; the Russian Volunteer Corps, a non-state armed group, is not. A holder the catalog
 * does not know cannot be judged either way.
 */
final class EndUserCheck {
    static final String RULE = "end user";

    private final ActorDirectory actors;

    EndUserCheck(ActorDirectory actors) {
        this.actors = actors;
    }

    List<Finding> check(SightingEntry s, List<String> permitted) {
        if (permitted.isEmpty()) return List.of(Finding.pass(RULE, () -> "the terms name no end users"));
        if (s.sighting.holder() == null) return List.of(Finding.of(RULE, Cause.INABILITY_TO_VERIFY, () -> "the holder is unknown, so it cannot be checked against " + String.join(", ", permitted)));
        if (s.holder == null) {
            return List.of(Finding.of(RULE, Cause.INABILITY_TO_VERIFY, () -> "holder '" + s.sighting.holder() + "' is not in the catalog, so it cannot be checked against " + String.join(", ", permitted)));
        }
        String holderId = s.holder.id();
        for (String user : permitted) {
            if (actors.isWithin(holderId, user)) {
                return List.of(Finding.pass(RULE, () -> holderId.equals(user) ? "held by " + user + ", a permitted end user"
                        : "held by " + holderId + ", which is part of the permitted end user " + user));
            }
        }
        Finding unauthorised = Finding.of(RULE, Cause.UNAUTHORISED_END_USER, () -> "held by " + holderId + " (" + s.holder.name()
                + "), which is neither " + String.join(", ", permitted) + " nor part of it");
        if (s.holder.kind() != ActorKind.ARMED_GROUP) return List.of(unauthorised);
        return List.of(unauthorised, Finding.of(RULE, Cause.NON_STATE_ARMED_GROUP, () -> s.holder.name() + " is a non-state armed group"));
    }
}
