package org.enduse.core.account;

import java.time.Instant;
import org.enduse.core.common.Checks;
import org.enduse.core.common.InvalidInputException;

/**
 * What is kept of an API token: whose it is, what it is called, and the sha256 of its secret. The
 * secret itself is shown once, when issued ({@link IssuedToken}), and never stored.
 */
public record ApiToken(String id, String userId, String name, String secretSha256, Instant createdAt,
                       Instant expiresAt, Instant revokedAt) {
    public ApiToken {
        id = Checks.required("token id", id);
        userId = Checks.required("token user", userId);
        name = Checks.required("token name", name);
        if (name.length() > 100 || name.chars().anyMatch(Character::isISOControl)) {
            throw InvalidInputException.field("token name", "must be at most 100 characters without control characters");
        }
        secretSha256 = Checks.required("token hash", secretSha256);
        Checks.required("token creation time", createdAt);
        if (expiresAt != null && !expiresAt.isAfter(createdAt)) throw InvalidInputException.field("expires", "must be after the token is created");
    }

    public boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }
}
