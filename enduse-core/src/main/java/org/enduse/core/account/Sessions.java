package org.enduse.core.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.enduse.core.audit.AuditTrail;
import org.enduse.core.common.Transactions;

/**
 * Signing in and out of the web UI: throttled password checks, session creation, and resuming a
 * session from its cookie. Sign-ins, refusals and sign-outs go to the audit log.
 */
public final class Sessions {
    public static final String ENTITY_SIGN_IN = "sign_in";
    /** Writing last-seen on every request would make every read a write; once a minute is enough. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /** The outcome of a sign-in attempt. */
    public sealed interface Result {
        /** Signed in: {@code cookieSecret} goes into the cookie and is stored only as a hash. */
        record SignedIn(User user, LoginSession session, String cookieSecret) implements Result {}

        record Refused() implements Result {}

        record Throttled(Duration retryAfter) implements Result {}
    }

    /** A live session and its user. */
    public record Active(User user, LoginSession session) {}

    private final Accounts accounts;
    private final SessionRepository sessions;
    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final Transactions tx;
    private final Clock clock;

    public Sessions(Accounts accounts, SessionRepository sessions, LoginThrottle throttle, AuditTrail audit, Transactions tx, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public Result signIn(String username, char[] password, String address) {
        String who = username == null ? "" : username.strip();
        if (who.length() > 64) who = who.substring(0, 64);
        Optional<Duration> wait = throttle.retryAfter(who, address);
        if (wait.isPresent()) return new Result.Throttled(wait.get());
        Optional<User> user = accounts.checkPassword(who, password);
        if (user.isEmpty()) {
            throttle.failed(who, address);
            String entity = who.isEmpty() ? "-" : who;
            audit.append("anonymous", "session.refused", ENTITY_SIGN_IN, entity, "from " + address);
            return new Result.Refused();
        }
        throttle.succeeded(who);
        String secret = Secrets.random("eus_");
        Instant now = clock.instant();
        LoginSession session = new LoginSession(Secrets.sha256(secret), user.get().id(), Secrets.random(""), now, now);
        tx.run(() -> {
            sessions.add(session);
            audit.append(user.get().username(), "session.start", Accounts.ENTITY_USER, user.get().id(), "from " + address);
        });
        return new Result.SignedIn(user.get(), session, secret);
    }

    /** The live session behind a cookie, with its enabled user; empty for anything else. */
    public Optional<Active> resume(String cookieSecret) {
        if (cookieSecret == null || !cookieSecret.startsWith("eus_") || cookieSecret.length() > 100) return Optional.empty();
        String key = Secrets.sha256(cookieSecret);
        Instant now = clock.instant();
        Optional<LoginSession> session = sessions.find(key).filter(s -> s.liveAt(now));
        Optional<User> user = session.flatMap(s -> accounts.user(s.userId())).filter(User::enabled);
        if (user.isEmpty()) return Optional.empty();
        if (Duration.between(session.get().lastSeenAt(), now).compareTo(TOUCH_EVERY) > 0) sessions.touch(key, now);
        return Optional.of(new Active(user.get(), session.get()));
    }

    public void signOut(Active active) {
        tx.run(() -> {
            sessions.remove(active.session().idSha256());
            audit.append(active.user().username(), "session.end", Accounts.ENTITY_USER, active.user().id(), null);
        });
    }

    /** Removes sessions that expired; the server calls it now and then. */
    public int sweep() {
        Instant now = clock.instant();
        return sessions.removeDeadBefore(now.minus(LoginSession.IDLE), now.minus(LoginSession.ABSOLUTE));
    }
}
