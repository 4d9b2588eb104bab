package org.enduse.core.account;

import java.time.Instant;
import java.util.regex.Pattern;
import org.enduse.core.common.Checks;
import org.enduse.core.common.InvalidInputException;

/**
 * A person (or a script acting for one) who signs in. The password hash is kept apart, in the
 * repository, so a user value can be shown or serialised without it.
 *
 * @param disabledAt when an admin disabled the account; a disabled user cannot sign in or use tokens
 */
public record User(String id, String username, String displayName, String organisationId, Role role,
                   Instant createdAt, Instant disabledAt) {
    /** Lower-case letters, digits, dot, dash, underscore and @: safe in logs, URLs and shells. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");

    public User {
        id = Checks.required("user id", id);
        username = normaliseUsername(username);
        displayName = Checks.optional(displayName);
        if (displayName != null && (displayName.length() > 200 || displayName.chars().anyMatch(Character::isISOControl))) {
            throw InvalidInputException.field("display name", "must be at most 200 characters without control characters");
        }
        organisationId = Checks.required("organisation", organisationId);
        Checks.required("role", role);
        Checks.required("user creation time", createdAt);
    }

    /** Usernames compare case-insensitively; this is the one spelling that is stored and looked up. */
    public static String normaliseUsername(String username) {
        String u = Checks.required("username", username).toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(u).matches()) {
            throw InvalidInputException.field("username", "'" + u + "' must be 2 to 64 characters: letters, digits, '.', '_', '-', '@', starting with a letter or digit");
        }
        return u;
    }

    public boolean enabled() {
        return disabledAt == null;
    }

    public boolean may(Permission permission) {
        return enabled() && role.holds(permission);
    }

    public User disabled(Instant at) {
        return new User(id, username, displayName, organisationId, role, createdAt, at);
    }
}
