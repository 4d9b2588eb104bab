package org.enduse.app.web.routes;

import io.javalin.http.HandlerType;
import java.util.List;
import org.enduse.app.web.Route;
import org.enduse.app.web.WebModule;
import org.enduse.core.account.Permission;
import org.enduse.core.account.User;

/**
 * The dashboard's figures. Each feature contributes tiles through a {@link TileSource} (alerts,
 * potential violations, open and overdue inquiries as they land); the page shows them in order.
 */
public final class DashboardRoutes implements WebModule {
    /** One figure: a count, what it counts, and the page that lists it (or null). */
    public record Tile(String key, String label, long count, String link) {}

    /** Contributes tiles for the user, counting only what their organisation may see. */
    @FunctionalInterface
    public interface TileSource {
        List<Tile> tiles(User user);
    }

    private final List<TileSource> sources;

    public DashboardRoutes(List<TileSource> sources) {
        this.sources = List.copyOf(sources);
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.api(HandlerType.GET, "/api/dashboard").needs(Permission.READ_RECORDS)
                .doc("dashboard", "dashboard", "The dashboard's figures for your organisation").returnsListOf(Tile.class)
                .handle(call -> call.json(sources.stream().flatMap(s -> s.tiles(call.user()).stream()).toList())));
    }
}
