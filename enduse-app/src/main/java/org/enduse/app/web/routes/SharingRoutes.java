package org.enduse.app.web.routes;

import io.javalin.http.HandlerType;
import java.util.List;
import org.enduse.app.web.ApiCall;
import org.enduse.app.web.Route;
import org.enduse.app.web.WebModule;
import org.enduse.core.account.Accounts;
import org.enduse.core.account.Ownership;
import org.enduse.core.account.Permission;
import org.enduse.core.account.RecordSharing;

/**
 * Whom a record is shared with, for any kind of record ({type} is "transfer", "sighting", ...).
 * Records the caller's organisation cannot see answer 404, like records that do not exist.
 */
public final class SharingRoutes implements WebModule {
    public record SharingView(String type, String id, String owner, List<String> sharedWith) {}

    private final RecordSharing sharing;
    private final Accounts accounts;

    public SharingRoutes(RecordSharing sharing, Accounts accounts) {
        this.sharing = sharing;
        this.accounts = accounts;
    }

    @Override
    public List<Route> routes() {
        String one = "/api/records/{type}/{id}/sharing/{organisation}";
        return List.of(
                Route.api(HandlerType.GET, "/api/records/{type}/{id}/sharing").needs(Permission.READ_RECORDS)
                        .doc("getSharing", "sharing", "The record's owner and the organisations it is shared with")
                        .returns(SharingView.class).handle(call -> call.json(view(sharing.visible(call.user(), call.path("type"), call.path("id"))))),
                Route.api(HandlerType.PUT, one).needs(Permission.SHARE_RECORDS)
                        .doc("share", "sharing", "Share the record with an organisation (by id or name); they may read it, not change it")
                        .returns(SharingView.class).handle(call -> call.json(view(change(call, true)))),
                Route.api(HandlerType.DELETE, one).needs(Permission.SHARE_RECORDS)
                        .doc("unshare", "sharing", "Stop sharing the record with an organisation")
                        .returns(SharingView.class).handle(call -> call.json(view(change(call, false)))));
    }

    private Ownership change(ApiCall call, boolean share) {
        String type = call.path("type"), id = call.path("id"), org = call.path("organisation");
        return share ? sharing.share(call.user(), type, id, org) : sharing.unshare(call.user(), type, id, org);
    }

    private SharingView view(Ownership o) {
        return new SharingView(o.entityType(), o.entityId(), accounts.organisation(o.ownerOrganisationId()).name(),
                o.sharedWith().stream().map(id -> accounts.organisation(id).name()).sorted().toList());
    }
}
