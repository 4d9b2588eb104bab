package org.enduse.app.web;

import io.javalin.http.Context;

/**
 * Headers on every answer. The CSP allows scripts, styles, images and requests from this origin
 * only, and no inline script or style at all, so text from a hostile article can never run even
 * if some page forgot to encode it. Framing is refused (clickjacking), types are not sniffed,
 * and no referrer leaves the site (record ids in URLs stay private).
 */
final class SecurityHeaders {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {}

    static void apply(Context ctx, boolean secure) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (SessionCookie.secure(ctx, secure)) ctx.header("Strict-Transport-Security", "max-age=31536000");
        // Answers carry records an organisation may not share; no cache keeps them.
        if (ctx.path().startsWith("/api/")) ctx.header("Cache-Control", "no-store");
    }
}
