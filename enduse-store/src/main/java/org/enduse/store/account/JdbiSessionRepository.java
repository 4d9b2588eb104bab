package org.enduse.store.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.enduse.core.account.LoginSession;
import org.enduse.core.account.SessionRepository;
import org.enduse.store.Millis;
import org.jdbi.v3.core.Jdbi;

/** Browser sessions in the login_sessions table. */
public final class JdbiSessionRepository implements SessionRepository {
    private final Jdbi jdbi;

    public JdbiSessionRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(LoginSession s) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO login_sessions (id_sha256, user_id, csrf_token, created_at, last_seen_at) "
                        + "VALUES (:id, :user, :csrf, :created, :seen)")
                .bind("id", s.idSha256()).bind("user", s.userId()).bind("csrf", s.csrfToken())
                .bind("created", Millis.of(s.createdAt())).bind("seen", Millis.of(s.lastSeenAt())).execute());
    }

    @Override
    public Optional<LoginSession> find(String idSha256) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id_sha256, user_id, csrf_token, created_at, last_seen_at FROM login_sessions WHERE id_sha256 = :id")
                .bind("id", idSha256).map((rs, ctx) -> session(rs)).findOne());
    }

    @Override
    public void touch(String idSha256, Instant lastSeenAt) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE login_sessions SET last_seen_at = :seen WHERE id_sha256 = :id")
                .bind("seen", Millis.of(lastSeenAt)).bind("id", idSha256).execute());
    }

    @Override
    public void remove(String idSha256) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM login_sessions WHERE id_sha256 = :id").bind("id", idSha256).execute());
    }

    @Override
    public int removeDeadBefore(Instant idleHorizon, Instant absoluteHorizon) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM login_sessions WHERE last_seen_at <= :idle OR created_at <= :absolute")
                .bind("idle", Millis.of(idleHorizon)).bind("absolute", Millis.of(absoluteHorizon)).execute());
    }

    private static LoginSession session(ResultSet rs) throws SQLException {
        return new LoginSession(rs.getString("id_sha256"), rs.getString("user_id"), rs.getString("csrf_token"),
                Millis.read(rs, "created_at"), Millis.read(rs, "last_seen_at"));
    }
}
