package org.enduse.core.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where organisations, users, their password hashes and their API tokens are kept. */
public interface AccountRepository {
    void addOrganisation(Organisation organisation);

    Optional<Organisation> organisation(String id);

    /** Case-insensitive. */
    Optional<Organisation> organisationByName(String name);

    List<Organisation> organisations();

    void addUser(User user, String passwordHash);

    Optional<User> user(String id);

    Optional<User> userByUsername(String normalisedUsername);

    /** Users of one organisation, by username. */
    List<User> users(String organisationId);

    boolean anyUsers();

    Optional<String> passwordHash(String userId);

    void setPasswordHash(String userId, String passwordHash);

    void setDisabled(String userId, Instant at);

    void addToken(ApiToken token);

    Optional<ApiToken> tokenBySecretSha256(String sha256);

    List<ApiToken> tokens(String userId);

    void revokeToken(String tokenId, Instant at);
}
