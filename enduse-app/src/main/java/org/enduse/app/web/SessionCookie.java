package org.enduse.app.web;

import io.javalin.http.Context;
import java.time.Duration;
import org.enduse.core.account.LoginSession;

/**
 * The session cookie: HttpOnly (scripts cannot read it), SameSite=Strict (other sites cannot make
 * the browser send it), Path=/, and Secure with the __Host- prefix when served over HTTPS or
 * behind --secure-cookies. Its value is the session secret; the database holds only its hash.
 */
final class SessionCookie {
    static final String NAME = "enduse_session";
    static final String SECURE_NAME = "__Host-enduse_session";

    private SessionCookie() {}

    static String read(Context ctx, boolean secure) {
        return ctx.cookie(secure(ctx, secure) ? SECURE_NAME : NAME);
    }

    static void set(Context ctx, boolean secure, String secret) {
        write(ctx, secure, secret, LoginSession.ABSOLUTE);
    }

    static void clear(Context ctx, boolean secure) {
        write(ctx, secure, "", Duration.ZERO);
    }

    private static void write(Context ctx, boolean secureFlag, String value, Duration maxAge) {
        boolean secure = secure(ctx, secureFlag);
        ctx.res().addHeader("Set-Cookie", (secure ? SECURE_NAME : NAME) + "=" + value + "; Path=/; Max-Age=" + maxAge.toSeconds()
                + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : ""));
    }

    static boolean secure(Context ctx, boolean secureFlag) {
        return secureFlag || "https".equalsIgnoreCase(ctx.scheme());
    }
}
