package org.enduse.core.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.enduse.core.audit.AuditTrail;
import org.enduse.core.common.Ids;
import org.enduse.core.common.InvalidInputException;
import org.enduse.core.common.NotFoundException;
import org.enduse.core.common.Transactions;

/**
 * Organisations, users and API tokens: creating them, checking passwords and tokens, disabling.
 * Every change is written together with its audit entry. {@code actor} is the username (or
 * "cli:&lt;os user&gt;") the audit log records as having made the change.
 */
public final class Accounts {
    public static final String ENTITY_USER = "user";
    public static final String ENTITY_ORGANISATION = "organisation";
    public static final String ENTITY_TOKEN = "api_token";
    static final String TOKEN_PREFIX = "eut_";
    /** The owner the store's record tables default to (organisation_id DEFAULT 'local'). */
    public static final String FIRST_ORGANISATION = "local";

    private final AccountRepository repo;
    private final AuditTrail audit;
    private final Transactions tx;
    private final PasswordHasher hasher;
    private final Clock clock;

    public Accounts(AccountRepository repo, AuditTrail audit, Transactions tx, PasswordHasher hasher, Clock clock) {
        this.repo = repo;
        this.audit = audit;
        this.tx = tx;
        this.hasher = hasher;
        this.clock = clock;
    }

    /**
     * Creates an organisation. The first one made gets the id {@value #FIRST_ORGANISATION}: the
     * store gives records written from the command line that owner, so an installation's own records
     * belong to its first organisation.
     */
    public Organisation createOrganisation(String name, String actor) {
        return tx.inTransaction(() -> {
            String id = repo.organisations().isEmpty() ? FIRST_ORGANISATION : Ids.next("org");
            Organisation org = new Organisation(id, name, clock.instant());
            if (repo.organisationByName(org.name()).isPresent()) {
                throw InvalidInputException.field("organisation", "'" + org.name() + "' exists already");
            }
            repo.addOrganisation(org);
            audit.append(actor, "organisation.create", ENTITY_ORGANISATION, org.id(), org.name());
            return org;
        });
    }

    /** Finds an organisation by id or by name; the error says which organisations there are. */
    public Organisation organisation(String idOrName) {
        return repo.organisation(idOrName).or(() -> repo.organisationByName(idOrName)).orElseThrow(() -> {
            List<String> names = repo.organisations().stream().map(Organisation::name).toList();
            return InvalidInputException.field("organisation", "no organisation '" + idOrName + "'"
                    + (names.isEmpty() ? " (there is none yet)" : " (there are: " + String.join(", ", names) + ")"));
        });
    }

    public List<Organisation> organisations() {
        return repo.organisations();
    }

    public boolean anyUsers() {
        return repo.anyUsers();
    }

    /** Adds a user; the password is checked against {@link PasswordRule} and stored only as a hash. */
    public User addUser(String username, String displayName, String organisationId, Role role, char[] password, String actor) {
        User user = new User(Ids.next("usr"), username, displayName, organisationId, role, clock.instant(), null);
        PasswordRule.check(password, user.username());
        String hash = hasher.hash(password);
        return tx.inTransaction(() -> {
            organisation(organisationId);
            if (repo.userByUsername(user.username()).isPresent()) {
                throw InvalidInputException.field("username", "'" + user.username() + "' is taken");
            }
            repo.addUser(user, hash);
            audit.append(actor, "user.add", ENTITY_USER, user.id(), user.username() + " as " + role.label());
            return user;
        });
    }

    /** Creates an organisation and its first user together: if the user cannot be added, neither is. */
    public User addUserToNewOrganisation(String organisationName, String username, String displayName, Role role, char[] password, String actor) {
        return tx.inTransaction(() -> addUser(username, displayName, createOrganisation(organisationName, actor).id(), role, password, actor));
    }

    public Optional<User> user(String id) {
        return repo.user(id);
    }

    public User userNamed(String username) {
        String u = User.normaliseUsername(username);
        return repo.userByUsername(u).orElseThrow(() -> InvalidInputException.field("username", "no user '" + u + "'"));
    }

    public List<User> users(String organisationId) {
        return repo.users(organisationId);
    }

    /**
     * The user whose password this is, or empty. Unknown users cost the same hashing as known
     * ones, so response time does not reveal which usernames exist. A hash made with older
     * parameters is replaced on success.
     */
    public Optional<User> checkPassword(String username, char[] password) {
        // Too long to be a password we accepted: refused before hashing, whoever the user is.
        if (password == null || password.length > PasswordRule.MAX_LENGTH) return Optional.empty();
        Optional<User> user;
        try {
            user = repo.userByUsername(User.normaliseUsername(username));
        } catch (InvalidInputException malformed) {
            user = Optional.empty();
        }
        if (user.isEmpty()) {
            hasher.verifyNothing(password);
            return Optional.empty();
        }
        String stored = repo.passwordHash(user.get().id()).orElse(null);
        if (!hasher.verify(password, stored) || !user.get().enabled()) return Optional.empty();
        if (hasher.needsRehash(stored)) repo.setPasswordHash(user.get().id(), hasher.hash(password));
        return user;
    }

    /** Disables a user: no more sign-ins, sessions or tokens. Disabling twice is a no-op. */
    public User disable(String userId, String actor) {
        return tx.inTransaction(() -> {
            User user = repo.user(userId).orElseThrow(() -> new NotFoundException("user", userId));
            if (!user.enabled()) return user;
            Instant now = clock.instant();
            repo.setDisabled(userId, now);
            audit.append(actor, "user.disable", ENTITY_USER, userId, user.username());
            return user.disabled(now);
        });
    }

    /**
     * An admin disabling a user of their organisation. Users of other organisations are "not
     * found"; disabling oneself is refused, so an organisation cannot lock out its last admin by a slip.
     */
    public User disableBy(User admin, String userId) {
        User other = repo.user(userId).filter(u -> AccessPolicy.canManage(admin, u)).orElseThrow(() -> new NotFoundException("user", userId));
        if (other.id().equals(admin.id())) throw InvalidInputException.field("user", "you cannot disable yourself; ask another admin");
        return disable(other.id(), admin.username());
    }

    /** Issues a token for scripts; its secret is in the result and nowhere else. */
    public IssuedToken issueToken(String userId, String name, Instant expiresAt, String actor) {
        String secret = Secrets.random(TOKEN_PREFIX);
        ApiToken token = new ApiToken(Ids.next("tok"), userId, name, Secrets.sha256(secret), clock.instant(), expiresAt, null);
        return tx.inTransaction(() -> {
            User user = repo.user(userId).orElseThrow(() -> new NotFoundException("user", userId));
            if (!user.enabled()) throw InvalidInputException.field("user", "'" + user.username() + "' is disabled");
            repo.addToken(token);
            audit.append(actor, "token.issue", ENTITY_TOKEN, token.id(), user.username() + ": " + token.name());
            return new IssuedToken(token, secret);
        });
    }

    /** The enabled user a bearer secret belongs to, when the token is neither revoked nor expired. */
    public Optional<User> userForToken(String secret) {
        if (secret == null || !secret.startsWith(TOKEN_PREFIX) || secret.length() > 100) return Optional.empty();
        Instant now = clock.instant();
        return repo.tokenBySecretSha256(Secrets.sha256(secret))
                .filter(t -> t.usableAt(now))
                .flatMap(t -> repo.user(t.userId()))
                .filter(User::enabled);
    }

    public List<ApiToken> tokens(String userId) {
        return repo.tokens(userId);
    }

    /** Revokes one of the user's own tokens; another user's token id is "not found". */
    public void revokeToken(String userId, String tokenId, String actor) {
        tx.run(() -> {
            ApiToken token = repo.tokens(userId).stream().filter(t -> t.id().equals(tokenId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("token", tokenId));
            if (token.revokedAt() != null) return;
            repo.revokeToken(tokenId, clock.instant());
            audit.append(actor, "token.revoke", ENTITY_TOKEN, tokenId, token.name());
        });
    }
}
