package org.enduse.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.HandlerType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiDocumentTest {
    @TempDir Path dir;

    @Test
    void theServedDocumentDescribesEveryApiRouteWithItsAccess() {
        try (TestServer server = new TestServer(dir)) {
            var doc = Http.json(new Http(server).get("/api/openapi.json"));
            assertThat(doc.get("openapi").asText()).isEqualTo("3.0.3");
            for (Route r : server.server.routes().api()) {
                var op = doc.get("paths").get(r.path()).get(r.method().name().toLowerCase());
                assertThat(op).as(r.key()).isNotNull();
                assertThat(op.get("x-enduse-access").asText()).isEqualTo(r.access().label());
                assertThat(op.get("operationId").asText()).isEqualTo(r.operationId());
            }
            assertThat(doc.get("paths").size()).isEqualTo(server.server.routes().api().stream().map(Route::path).distinct().count());
            assertThat(doc.get("paths").has("/login")).as("pages are not API").isFalse();
            var newUser = doc.get("components").get("schemas").get("NewUser").get("properties");
            assertThat(newUser.get("role").get("enum")).extracting(Object::toString).asString().contains("viewer", "admin");
            assertThat(doc.get("components").get("securitySchemes").has("token")).isTrue();
        }
    }

    @Test
    void theRegistryRefusesRoutesWithoutAccessDuplicatesAndApiRoutesOutsideApi() {
        assertThatThrownBy(() -> Route.api(HandlerType.GET, "/api/x").doc("x", "t", "x").handle(call -> {}))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("declares no access");
        Route a = Route.api(HandlerType.GET, "/api/x").access(Access.SIGNED_IN).doc("x", "t", "x").handle(call -> {});
        Route b = Route.api(HandlerType.GET, "/api/x").access(Access.PUBLIC).doc("y", "t", "y").handle(call -> {});
        Route c = Route.api(HandlerType.GET, "/x").access(Access.PUBLIC).doc("z", "t", "z").handle(call -> {});
        assertThatThrownBy(() -> new RouteRegistry(List.of(() -> List.of(a, b)))).hasMessageContaining("declared twice");
        assertThatThrownBy(() -> new RouteRegistry(List.of(() -> List.of(c)))).hasMessageContaining("must live under /api/");
    }
}
