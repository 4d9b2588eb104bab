package org.enduse.app.web;

import org.enduse.core.account.LoginSession;
import org.enduse.core.account.User;

/**
 * Who is calling: a user signed in through a browser session (which then carries the CSRF token
 * the request must echo), a user with an API token (no CSRF: browsers never add that header by
 * themselves), or nobody.
 */
record Caller(User user, LoginSession session) {
    static final Caller ANONYMOUS = new Caller(null, null);

    boolean signedIn() {
        return user != null;
    }

    boolean byBrowserSession() {
        return session != null;
    }
}
