package org.enduse.app.web.routes;

import io.javalin.http.HandlerType;
import java.util.Arrays;
import java.util.List;
import org.enduse.app.web.ApiCall;
import org.enduse.app.web.Route;
import org.enduse.app.web.WebModule;
import org.enduse.core.account.Accounts;
import org.enduse.core.account.Organisation;
import org.enduse.core.account.Permission;
import org.enduse.core.account.Role;
import org.enduse.core.account.User;

/** Users of the admin's own organisation, and the list of organisations to share with. */
public final class UserRoutes implements WebModule {
    public record NewUser(String username, String displayName, Role role, char[] password) {}

    private final Accounts accounts;

    public UserRoutes(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.api(HandlerType.GET, "/api/users").needs(Permission.MANAGE_USERS).doc("listUsers", "users", "Users of your organisation")
                        .returnsListOf(User.class).handle(call -> call.json(accounts.users(call.user().organisationId()))),
                Route.api(HandlerType.POST, "/api/users").needs(Permission.MANAGE_USERS).doc("addUser", "users", "Add a user to your organisation")
                        .body(NewUser.class).returns(User.class).status(201).handle(this::add),
                Route.api(HandlerType.POST, "/api/users/{userId}/disable").needs(Permission.MANAGE_USERS)
                        .doc("disableUser", "users", "Disable a user of your organisation: no more sign-ins, sessions or tokens")
                        .returns(User.class).handle(this::disable),
                Route.api(HandlerType.GET, "/api/organisations").needs(Permission.READ_RECORDS)
                        .doc("listOrganisations", "users", "Every organisation, to choose whom to share a record with")
                        .returnsListOf(Organisation.class).handle(call -> call.json(accounts.organisations())));
    }

    private void add(ApiCall call) {
        NewUser req = call.body(NewUser.class);
        char[] password = req.password() == null ? new char[0] : req.password();
        try {
            Role role = req.role() == null ? Role.VIEWER : req.role();
            call.json(accounts.addUser(req.username(), req.displayName(), call.user().organisationId(), role, password, call.actor()));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private void disable(ApiCall call) {
        call.json(accounts.disableBy(call.user(), call.path("userId")));
    }
}
