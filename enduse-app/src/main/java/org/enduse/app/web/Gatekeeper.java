package org.enduse.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.util.Locale;
import org.enduse.core.account.Accounts;
import org.enduse.core.account.Secrets;
import org.enduse.core.account.Sessions;

/**
 * Wraps each route's handler with the checks every request passes, in order: who is calling
 * (bearer token or session cookie), whether the route's access admits them, for changes whether
 * the request comes from our own pages (Origin and the CSRF token) and is JSON, and after a
 * successful change that the audit log got an entry.
 */
final class Gatekeeper {
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String CALLER = "enduse.caller";
    private static final String SECURE = "enduse.secure-cookies";

    private final Accounts accounts;
    private final Sessions sessions;
    private final AuditTracker audit;
    private final ObjectMapper json;
    private final boolean secureCookies;
    private final CallerCache callers = new CallerCache();

    Gatekeeper(Accounts accounts, Sessions sessions, AuditTracker audit, ObjectMapper json, boolean secureCookies) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
        this.json = json;
        this.secureCookies = secureCookies;
        audit.whenAccountsChange(callers::forgetAll);
    }

    Handler wrap(Route route) {
        return ctx -> {
            Caller caller = identify(ctx);
            if (caller == null) {
                refuse(ctx, HttpStatus.UNAUTHORIZED, "the API token is not valid (unknown, revoked, expired, or its user is disabled)");
                return;
            }
            if (!admits(route, caller)) {
                if (!caller.signedIn()) {
                    if (route.page()) ctx.redirect("/login?next=" + java.net.URLEncoder.encode(ctx.path(), java.nio.charset.StandardCharsets.UTF_8), HttpStatus.FOUND);
                    else refuse(ctx, HttpStatus.UNAUTHORIZED, "sign in first (POST /api/session) or send an API token");
                } else {
                    refuse(ctx, HttpStatus.FORBIDDEN, "your role (" + caller.user().role().label() + ") may not do this: it needs " + route.access().label());
                }
                return;
            }
            if (route.changes()) {
                String problem = changeProblem(ctx, route, caller);
                if (problem != null) {
                    refuse(ctx, problem.startsWith("send") ? HttpStatus.UNSUPPORTED_MEDIA_TYPE : HttpStatus.FORBIDDEN, problem);
                    return;
                }
            }
            ctx.attribute(CALLER, caller);
            ctx.attribute(SECURE, secureCookies);
            audit.startRequest();
            try {
                route.handler().handle(new ApiCall(ctx, route, caller.user(), json));
            } finally {
                // Forgotten again now that the change has committed: a request that looked a caller up
                // between the audit entry and the commit may have remembered the old state.
                if (audit.changedAccountsSinceStart()) callers.forgetAll();
            }
            if (route.changes() && caller.signedIn() && ctx.statusCode() < 300 && !audit.wroteSinceStart()) {
                audit.append(caller.user().username(), route.operationId(), "api", ctx.path(), route.method() + " " + ctx.path());
            }
        };
    }

    /** The caller of the current request, for routes that need the session itself (sign-out). */
    static Caller caller(Context ctx) {
        Caller c = ctx.attribute(CALLER);
        return c == null ? Caller.ANONYMOUS : c;
    }

    static boolean secureCookies(Context ctx) {
        return Boolean.TRUE.equals(ctx.attribute(SECURE));
    }

    /** Null when an Authorization header is present but does not name a usable token. */
    private Caller identify(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) return null;
            String secret = authorization.substring(7).strip();
            return callers.get("bearer", secret, () -> accounts.userForToken(secret).map(u -> new Caller(u, null)).orElse(null));
        }
        String cookie = SessionCookie.read(ctx, secureCookies);
        if (cookie == null) return Caller.ANONYMOUS;
        return callers.get("cookie", cookie, () -> sessions.resume(cookie).map(a -> new Caller(a.user(), a.session())).orElse(Caller.ANONYMOUS));
    }

    private static boolean admits(Route route, Caller caller) {
        return switch (route.access().kind()) {
            case PUBLIC -> true;
            case SIGNED_IN -> caller.signedIn();
            case PERMISSION -> caller.signedIn() && caller.user().may(route.access().permission());
        };
    }

    /** Why a change may not go ahead, or null. */
    private String changeProblem(Context ctx, Route route, Caller caller) {
        String origin = ctx.header("Origin");
        if (origin != null && !sameOrigin(origin, ctx)) return "the request comes from another site (" + origin + ")";
        if (caller.byBrowserSession()) {
            String token = ctx.header(CSRF_HEADER);
            if (!Secrets.sameSecret(token, caller.session().csrfToken())) {
                return "the " + CSRF_HEADER + " header is missing or wrong; reload the page (or use an API token from scripts)";
            }
        }
        if (route.requestBody() != null) {
            String type = ctx.contentType();
            if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) return "send the body as application/json";
        }
        return null;
    }

    private static boolean sameOrigin(String origin, Context ctx) {
        try {
            URI o = URI.create(origin);
            String host = ctx.host();
            return o.getScheme() != null && o.getScheme().equalsIgnoreCase(ctx.scheme()) && host != null
                    && (o.getPort() == -1 ? o.getHost() : o.getHost() + ":" + o.getPort()).equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static void refuse(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(ApiError.of(message));
    }
}
