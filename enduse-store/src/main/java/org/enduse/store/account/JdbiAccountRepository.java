package org.enduse.store.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.enduse.core.account.AccountRepository;
import org.enduse.core.account.ApiToken;
import org.enduse.core.account.Organisation;
import org.enduse.core.account.Role;
import org.enduse.core.account.User;
import org.enduse.store.Millis;
import org.jdbi.v3.core.Jdbi;

/** Organisations, users and tokens in the V50 tables. */
public final class JdbiAccountRepository implements AccountRepository {
    private static final String USER_COLUMNS = "id, username, display_name, organisation_id, role, created_at, disabled_at";
    private static final String TOKEN_COLUMNS = "id, user_id, name, secret_sha256, created_at, expires_at, revoked_at";

    private final Jdbi jdbi;

    public JdbiAccountRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void addOrganisation(Organisation o) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO organisations (id, name, name_key, created_at) VALUES (:id, :name, :key, :at)")
                .bind("id", o.id()).bind("name", o.name()).bind("key", nameKey(o.name())).bind("at", Millis.of(o.createdAt())).execute());
    }

    @Override
    public Optional<Organisation> organisation(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, name, created_at FROM organisations WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> organisation(rs)).findOne());
    }

    @Override
    public Optional<Organisation> organisationByName(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, name, created_at FROM organisations WHERE name_key = :key")
                .bind("key", nameKey(name)).map((rs, ctx) -> organisation(rs)).findOne());
    }

    @Override
    public List<Organisation> organisations() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, name, created_at FROM organisations ORDER BY name_key")
                .map((rs, ctx) -> organisation(rs)).list());
    }

    @Override
    public void addUser(User u, String passwordHash) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO users (" + USER_COLUMNS + ", password_hash) "
                        + "VALUES (:id, :username, :display, :org, :role, :created, :disabled, :hash)")
                .bind("id", u.id()).bind("username", u.username()).bind("display", u.displayName())
                .bind("org", u.organisationId()).bind("role", u.role().name()).bind("created", Millis.of(u.createdAt()))
                .bind("disabled", Millis.of(u.disabledAt())).bind("hash", passwordHash).execute());
    }

    @Override
    public Optional<User> user(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + USER_COLUMNS + " FROM users WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> user(rs)).findOne());
    }

    @Override
    public Optional<User> userByUsername(String normalisedUsername) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + USER_COLUMNS + " FROM users WHERE username = :u")
                .bind("u", normalisedUsername).map((rs, ctx) -> user(rs)).findOne());
    }

    @Override
    public List<User> users(String organisationId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + USER_COLUMNS + " FROM users WHERE organisation_id = :org ORDER BY username")
                .bind("org", organisationId).map((rs, ctx) -> user(rs)).list());
    }

    @Override
    public boolean anyUsers() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM users").mapTo(Long.class).one()) > 0;
    }

    @Override
    public Optional<String> passwordHash(String userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT password_hash FROM users WHERE id = :id")
                .bind("id", userId).mapTo(String.class).findOne());
    }

    @Override
    public void setPasswordHash(String userId, String passwordHash) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE users SET password_hash = :hash WHERE id = :id")
                .bind("hash", passwordHash).bind("id", userId).execute());
    }

    @Override
    public void setDisabled(String userId, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE users SET disabled_at = :at WHERE id = :id")
                .bind("at", Millis.of(at)).bind("id", userId).execute());
    }

    @Override
    public void addToken(ApiToken t) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO api_tokens (" + TOKEN_COLUMNS + ") "
                        + "VALUES (:id, :user, :name, :sha, :created, :expires, :revoked)")
                .bind("id", t.id()).bind("user", t.userId()).bind("name", t.name()).bind("sha", t.secretSha256())
                .bind("created", Millis.of(t.createdAt())).bind("expires", Millis.of(t.expiresAt()))
                .bind("revoked", Millis.of(t.revokedAt())).execute());
    }

    @Override
    public Optional<ApiToken> tokenBySecretSha256(String sha256) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + TOKEN_COLUMNS + " FROM api_tokens WHERE secret_sha256 = :sha")
                .bind("sha", sha256).map((rs, ctx) -> token(rs)).findOne());
    }

    @Override
    public List<ApiToken> tokens(String userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + TOKEN_COLUMNS + " FROM api_tokens WHERE user_id = :user ORDER BY created_at, id")
                .bind("user", userId).map((rs, ctx) -> token(rs)).list());
    }

    @Override
    public void revokeToken(String tokenId, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE api_tokens SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                .bind("at", Millis.of(at)).bind("id", tokenId).execute());
    }

    private static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static Organisation organisation(ResultSet rs) throws SQLException {
        return new Organisation(rs.getString("id"), rs.getString("name"), Millis.read(rs, "created_at"));
    }

    private static User user(ResultSet rs) throws SQLException {
        return new User(rs.getString("id"), rs.getString("username"), rs.getString("display_name"), rs.getString("organisation_id"),
                Role.valueOf(rs.getString("role")), Millis.read(rs, "created_at"), Millis.read(rs, "disabled_at"));
    }

    private static ApiToken token(ResultSet rs) throws SQLException {
        return new ApiToken(rs.getString("id"), rs.getString("user_id"), rs.getString("name"), rs.getString("secret_sha256"),
                Millis.read(rs, "created_at"), Millis.read(rs, "expires_at"), Millis.read(rs, "revoked_at"));
    }
}
