package org.enduse.app.web;

import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The API describing itself: the OpenAPI document, built from the same registry the server runs. */
final class MetaRoutes implements WebModule {
    private final Supplier<RouteRegistry> registry;
    private Map<String, Object> document;

    MetaRoutes(Supplier<RouteRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.api(HandlerType.GET, "/api/openapi.json").access(Access.PUBLIC)
                .doc("openapi", "meta", "This API's OpenAPI 3 document").handle(call -> call.json(document())));
    }

    private synchronized Map<String, Object> document() {
        if (document == null) {
            String v = MetaRoutes.class.getPackage().getImplementationVersion();
            document = OpenApiDocument.of(registry.get(), v == null ? "development" : v);
        }
        return document;
    }
}
