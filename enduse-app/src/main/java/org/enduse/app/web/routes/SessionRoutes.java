package org.enduse.app.web.routes;

import io.javalin.http.HandlerType;
import java.util.Arrays;
import java.util.List;
import org.enduse.app.web.Access;
import org.enduse.app.web.ApiCall;
import org.enduse.app.web.Route;
import org.enduse.app.web.WebModule;
import org.enduse.app.web.WebSession;
import org.enduse.core.account.Accounts;
import org.enduse.core.account.Permission;
import org.enduse.core.account.Sessions;
import org.enduse.core.account.User;

/** Signing in and out, and who the caller is. */
public final class SessionRoutes implements WebModule {
    /** What the sign-in form sends. */
    public record SignInRequest(String username, char[] password) {}

    /**
     * Who is signed in, with the CSRF token pages send back on every change (null for API tokens,
     * which need none) and the permissions, so pages show only what the user may do.
     */
    public record SessionInfo(User user, String organisation, List<Permission> permissions, String csrfToken) {}

    private final Accounts accounts;
    private final Sessions sessions;

    public SessionRoutes(Accounts accounts, Sessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.api(HandlerType.POST, "/api/session").access(Access.PUBLIC).doc("signIn", "session",
                                "Sign in with username and password; sets the session cookie. Refused (429) after repeated failures.")
                        .body(SignInRequest.class).returns(SessionInfo.class).handle(this::signIn),
                Route.api(HandlerType.GET, "/api/session").access(Access.SIGNED_IN).doc("whoAmI", "session", "The signed-in user and the CSRF token")
                        .returns(SessionInfo.class).handle(call -> call.json(info(call.user(), WebSession.csrfToken(call)))),
                Route.api(HandlerType.DELETE, "/api/session").access(Access.SIGNED_IN).doc("signOut", "session", "Sign out and end the session")
                        .status(204).handle(this::signOut));
    }

    private void signIn(ApiCall call) {
        SignInRequest req = call.body(SignInRequest.class);
        char[] password = req.password() == null ? new char[0] : req.password();
        try {
            switch (sessions.signIn(req.username(), password, WebSession.address(call))) {
                case Sessions.Result.SignedIn in -> {
                    WebSession.start(call, in.cookieSecret());
                    call.json(info(in.user(), in.session().csrfToken()));
                }
                case Sessions.Result.Refused r -> WebSession.refuse(call, 401, "wrong username or password", null);
                case Sessions.Result.Throttled t -> WebSession.refuse(call, 429,
                        "too many failed sign-ins; try again in " + Math.max(1, t.retryAfter().toMinutes()) + " minutes", t.retryAfter());
            }
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private void signOut(ApiCall call) {
        WebSession.end(call, sessions);
        call.done();
    }

    private SessionInfo info(User user, String csrfToken) {
        return new SessionInfo(user, accounts.organisation(user.organisationId()).name(), user.role().permissions().stream().sorted().toList(), csrfToken);
    }
}
