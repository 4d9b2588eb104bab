package org.enduse.core.account;

import java.time.Instant;
import org.enduse.core.common.Checks;
import org.enduse.core.common.InvalidInputException;

/**
 * A ministry, agency or newsroom. Every record belongs to one; users belong to exactly one. The
 * name is unique (case-insensitive) so the command line can name an organisation by it.
 */
public record Organisation(String id, String name, Instant createdAt) {
    public static final int MAX_NAME_LENGTH = 200;

    public Organisation {
        id = Checks.required("organisation id", id);
        name = Checks.required("organisation name", name);
        if (name.length() > MAX_NAME_LENGTH) throw InvalidInputException.field("organisation name", "is longer than " + MAX_NAME_LENGTH + " characters");
        if (name.chars().anyMatch(Character::isISOControl)) throw InvalidInputException.field("organisation name", "contains control characters");
        Checks.required("organisation creation time", createdAt);
    }
}
