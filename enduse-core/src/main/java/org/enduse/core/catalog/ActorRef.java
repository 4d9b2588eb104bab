package org.enduse.core.catalog;

import org.enduse.core.common.Checks;
import org.enduse.core.common.InvalidInputException;

/**
 * Who holds or uses something: a catalog actor id (e.g. "ua-afu", "rdk") and/or the name as the
 * source gave it. Keeping the name means nothing the user wrote is lost when the catalog lacks it.
 */
public record ActorRef(String actorId, String name) {
    public ActorRef {
        actorId = Checks.optional(actorId);
        name = Checks.optional(name);
        if (actorId == null && name == null) throw InvalidInputException.field("holder", "needs an actor id or a name");
    }

    public static ActorRef id(String actorId) {
        return new ActorRef(actorId, null);
    }

    @Override
    public String toString() {
        return actorId != null ? actorId : name;
    }
}
