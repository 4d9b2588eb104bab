package org.enduse.core.catalog;

import java.util.List;
import org.enduse.core.common.Checks;
import org.enduse.core.common.CountryCode;

/**
 * A party in the chain: a state, its forces and units, an armed group, a company, a government body,
 * a media outlet or a person. {@code parentId} links a unit to its force and a force to its state,
 * which is how a rule knows that a brigade is part of a permitted end user.
 */
public record Actor(String id, ActorKind kind, String name, CountryCode country, String parentId, List<String> aliases) {
    public Actor {
        id = Checks.required("actor id", id);
        Checks.required("actor kind", kind);
        name = Checks.required("actor name", name);
        parentId = Checks.optional(parentId);
        aliases = Checks.list(aliases);
    }
}
