package org.enduse.app.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every route of the server, in one table. Adding a route without declared access, with a path
 * outside /api for an API route, or twice, fails here, at start-up. The server installs only what
 * is in this table, and the OpenAPI document and the route-by-role test read the same table.
 */
public final class RouteRegistry {
    private final Map<String, Route> routes = new LinkedHashMap<>();

    public RouteRegistry(List<WebModule> modules) {
        for (WebModule m : modules) m.routes().forEach(this::add);
    }

    private void add(Route route) {
        if (!route.page() && !route.path().startsWith("/api/")) throw new IllegalStateException("API route " + route.key() + " must live under /api/");
        if (route.page() && route.path().startsWith("/api")) throw new IllegalStateException("page " + route.key() + " must not live under /api");
        if (route.path().startsWith(WebServer.ASSETS + "/")) throw new IllegalStateException("route " + route.key() + " must not live under the static " + WebServer.ASSETS + "/");
        if (routes.putIfAbsent(route.key(), route) != null) throw new IllegalStateException("route " + route.key() + " is declared twice");
        boolean idTaken = routes.values().stream().anyMatch(r -> r != route && r.operationId().equals(route.operationId()));
        if (idTaken) throw new IllegalStateException("operation id '" + route.operationId() + "' is used twice");
    }

    public List<Route> all() {
        return Collections.unmodifiableList(new ArrayList<>(routes.values()));
    }

    public List<Route> api() {
        return routes.values().stream().filter(r -> !r.page()).toList();
    }

    public List<Route> pages() {
        return routes.values().stream().filter(Route::page).toList();
    }
}
