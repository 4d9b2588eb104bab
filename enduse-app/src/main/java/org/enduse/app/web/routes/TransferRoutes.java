package org.enduse.app.web.routes;

import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Set;
import org.enduse.app.web.ApiCall;
import org.enduse.app.web.Route;
import org.enduse.app.web.WebModule;
import org.enduse.core.account.AccessPolicy;
import org.enduse.core.account.Permission;
import org.enduse.core.account.RecordAccessRepository;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.NotFoundException;
import org.enduse.core.storage.Store;
import org.enduse.core.transfer.Transfer;
import org.enduse.core.transfer.TransferQuery;

/** The transfer registry as the caller's organisation may see it: its own transfers and those shared with it. */
public final class TransferRoutes implements WebModule {
    static final String TYPE = "transfer";

    /** A transfer in a list: codes and dates as plain strings. */
    public record TransferSummary(String id, String name, String donor, String recipient, String financier, String announced,
                                  String value, int lines) {
        static TransferSummary of(Transfer t) {
            return new TransferSummary(t.id(), t.name(), t.donor().value(), t.recipient().value(),
                    t.financier() == null ? null : t.financier().value(), t.announced() == null ? null : t.announced().toString(),
                    t.value() == null ? null : t.value().toString(), t.lines().size());
        }
    }

    private final Store store;
    private final RecordAccessRepository access;

    public TransferRoutes(Store store, RecordAccessRepository access) {
        this.store = store;
        this.access = access;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.api(HandlerType.GET, "/api/transfers").needs(Permission.READ_RECORDS)
                        .doc("listTransfers", "transfers", "Transfers your organisation may see, filtered")
                        .query("donor", "ISO 3166-1 alpha-2 code of the donor")
                        .query("recipient", "ISO 3166-1 alpha-2 code of the recipient")
                        .query("equipment", "words of the equipment type or description")
                        .exportable().returnsListOf(TransferSummary.class).handle(this::list),
                Route.api(HandlerType.GET, "/api/transfers/{id}").needs(Permission.READ_RECORDS)
                        .doc("getTransfer", "transfers", "One transfer with its lines, terms and sources").returns(Transfer.class)
                        .handle(call -> {
                            String id = call.path("id");
                            access.ownership(TYPE, id).filter(o -> AccessPolicy.canRead(call.user(), o))
                                    .orElseThrow(() -> new NotFoundException(TYPE, id));
                            call.json(store.read(r -> r.transfers().find(id)).orElseThrow(() -> new NotFoundException(TYPE, id)));
                        }));
    }

    private void list(ApiCall call) {
        var query = new TransferQuery(CountryCode.ofNullable(call.query("donor")), CountryCode.ofNullable(call.query("recipient")),
                call.query("equipment"), null);
        Set<String> visible = access.visibleIds(TYPE, call.user().organisationId());
        call.list("transfers", store.read(r -> r.transfers().list(query)).stream().filter(t -> visible.contains(t.id())).map(TransferSummary::of).toList());
    }
}
