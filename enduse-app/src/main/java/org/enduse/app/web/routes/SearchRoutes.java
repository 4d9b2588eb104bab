package org.enduse.app.web.routes;

import io.javalin.http.HandlerType;
import java.util.List;
import java.util.function.Supplier;
import org.enduse.app.search.RecordSearch;
import org.enduse.app.web.Route;
import org.enduse.app.web.WebModule;
import org.enduse.core.account.Permission;
import org.enduse.core.account.RecordAccessRepository;
import org.enduse.core.common.InvalidInputException;

/** Full-text search over the records the caller's organisation may see, in every language. */
public final class SearchRoutes implements WebModule {
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;
    private static final int MAX_QUERY = 500;

    /** A result as the search page shows it. */
    public record SearchResult(String kind, String id, String title, String link, String snippet) {}

    private final Supplier<RecordSearch> search;
    private final RecordAccessRepository access;

    public SearchRoutes(Supplier<RecordSearch> search, RecordAccessRepository access) {
        this.search = search;
        this.access = access;
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.api(HandlerType.GET, "/api/search").needs(Permission.READ_RECORDS)
                .doc("search", "search", "Sources, sightings and transfers your organisation may see whose text matches every word, "
                        + "in any language (inflected forms match)")
                .query("q", "the words to find")
                .query("limit", "at most this many (1 to " + MAX_LIMIT + ", default " + DEFAULT_LIMIT + ")")
                .exportable().returnsListOf(SearchResult.class).handle(call -> {
                    String q = call.query("q");
                    if (q == null) throw InvalidInputException.field("q", "is required: the words to find");
                    if (q.length() > MAX_QUERY) throw InvalidInputException.field("q", "is longer than " + MAX_QUERY + " characters");
                    int limit = SightingRoutes.number(call.query("limit"), "limit", DEFAULT_LIMIT);
                    if (limit < 1 || limit > MAX_LIMIT) throw InvalidInputException.field("limit", "must be 1 to " + MAX_LIMIT);
                    call.list("search", search.get().search(q, limit, call.user().organisationId(), access).stream()
                            .map(h -> new SearchResult(h.kind(), h.id(), h.title(), h.link(), h.snippet())).toList());
                }));
    }
}
