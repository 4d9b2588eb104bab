package org.enduse.app.web.routes;

import io.javalin.http.HandlerType;
import java.time.Instant;
import java.util.List;
import org.enduse.app.web.Access;
import org.enduse.app.web.ApiCall;
import org.enduse.app.web.Route;
import org.enduse.app.web.WebModule;
import org.enduse.core.account.Accounts;
import org.enduse.core.account.ApiToken;
import org.enduse.core.account.IssuedToken;

/** The caller's own API tokens: list, issue (the secret is in that answer only), revoke. */
public final class TokenRoutes implements WebModule {
    public record NewToken(String name, Instant expiresAt) {}

    /** A token as listed: never its hash. */
    public record TokenView(String id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt) {
        static TokenView of(ApiToken t) {
            return new TokenView(t.id(), t.name(), t.createdAt(), t.expiresAt(), t.revokedAt());
        }
    }

    /** A token just issued, with the secret to copy now: it is not shown again. */
    public record IssuedTokenView(TokenView token, String secret) {
        static IssuedTokenView of(IssuedToken t) {
            return new IssuedTokenView(TokenView.of(t.token()), t.secret());
        }
    }

    private final Accounts accounts;

    public TokenRoutes(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.api(HandlerType.GET, "/api/tokens").access(Access.SIGNED_IN).doc("listTokens", "tokens", "Your API tokens")
                        .returnsListOf(TokenView.class)
                        .handle(call -> call.json(accounts.tokens(call.user().id()).stream().map(TokenView::of).toList())),
                Route.api(HandlerType.POST, "/api/tokens").access(Access.SIGNED_IN)
                        .doc("issueToken", "tokens", "Issue an API token acting as you; the secret is in this answer only")
                        .body(NewToken.class).returns(IssuedTokenView.class).status(201).handle(this::issue),
                Route.api(HandlerType.DELETE, "/api/tokens/{tokenId}").access(Access.SIGNED_IN).doc("revokeToken", "tokens", "Revoke one of your tokens")
                        .status(204).handle(call -> {
                            accounts.revokeToken(call.user().id(), call.path("tokenId"), call.actor());
                            call.done();
                        }));
    }

    private void issue(ApiCall call) {
        NewToken req = call.body(NewToken.class);
        call.json(IssuedTokenView.of(accounts.issueToken(call.user().id(), req.name(), req.expiresAt(), call.actor())));
    }
}
