package org.enduse.app.web;

import io.javalin.http.HttpStatus;
import java.time.Duration;
import org.enduse.core.account.Sessions;

/** What the session routes need of the HTTP layer: the cookie, the caller's address, refusals. */
public final class WebSession {
    private WebSession() {}

    /** The caller's address as the socket sees it; forwarded-for headers are not trusted. */
    public static String address(ApiCall call) {
        return call.ctx().req().getRemoteAddr();
    }

    public static void start(ApiCall call, String cookieSecret) {
        SessionCookie.set(call.ctx(), Gatekeeper.secureCookies(call.ctx()), cookieSecret);
    }

    /** The session's CSRF token, or null when the caller used an API token. */
    public static String csrfToken(ApiCall call) {
        Caller caller = Gatekeeper.caller(call.ctx());
        return caller.byBrowserSession() ? caller.session().csrfToken() : null;
    }

    /** Ends the caller's browser session (if it is one) and clears the cookie. */
    public static void end(ApiCall call, Sessions sessions) {
        Caller caller = Gatekeeper.caller(call.ctx());
        if (caller.byBrowserSession()) sessions.signOut(new Sessions.Active(caller.user(), caller.session()));
        SessionCookie.clear(call.ctx(), Gatekeeper.secureCookies(call.ctx()));
    }

    public static void refuse(ApiCall call, int status, String message, Duration retryAfter) {
        if (retryAfter != null) call.ctx().header("Retry-After", String.valueOf(Math.max(1, retryAfter.toSeconds())));
        Gatekeeper.refuse(call.ctx(), HttpStatus.forStatus(status), message);
    }
}
