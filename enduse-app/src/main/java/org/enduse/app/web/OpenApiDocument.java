package org.enduse.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The OpenAPI 3.0 document of the API, built from the route registry: paths, parameters, bodies,
 * the access each operation needs ({@code x-enduse-access}) and the two ways to authenticate.
 */
public final class OpenApiDocument {
    private OpenApiDocument() {}

    public static Map<String, Object> of(RouteRegistry registry, String version) {
        JsonSchemas schemas = new JsonSchemas();
        Map<String, Object> paths = new TreeMap<>();
        for (Route r : registry.api()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(r.path(), p -> new LinkedHashMap<String, Object>());
            item.put(r.method().name().toLowerCase(java.util.Locale.ROOT), operation(r, schemas));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "enduse API", "version", version,
                "description", "End-use monitoring of donated military equipment. Browser sessions send the "
                        + "X-CSRF-Token header (from GET /api/session) on every change; scripts use an API token as "
                        + "'Authorization: Bearer eut_...' and need no CSRF token."));
        doc.put("paths", paths);
        doc.put("components", Map.of(
                "schemas", schemas.components(),
                "securitySchemes", Map.of(
                        "session", Map.of("type", "apiKey", "in", "cookie", "name", SessionCookie.NAME),
                        "token", Map.of("type", "http", "scheme", "bearer"))));
        return doc;
    }

    private static Map<String, Object> operation(Route r, JsonSchemas schemas) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("operationId", r.operationId());
        op.put("summary", r.summary());
        op.put("tags", List.of(r.tag()));
        op.put("x-enduse-access", r.access().label());
        List<Object> params = new ArrayList<>();
        for (String p : r.pathParams()) params.add(Map.of("name", p, "in", "path", "required", true, "schema", Map.of("type", "string")));
        for (Route.QueryParam q : r.query()) {
            params.add(Map.of("name", q.name(), "in", "query", "required", q.required(), "description", q.description(), "schema", Map.of("type", "string")));
        }
        if (!params.isEmpty()) op.put("parameters", params);
        if (r.requestBody() != null) {
            op.put("requestBody", Map.of("required", true, "content", Map.of("application/json", Map.of("schema", schemas.ref(r.requestBody())))));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        Map<String, Object> ok = new LinkedHashMap<>(Map.of("description", "success"));
        if (r.responseBody() != null) {
            Object schema = r.responseIsList() ? Map.of("type", "array", "items", schemas.ref(r.responseBody())) : schemas.ref(r.responseBody());
            ok.put("content", Map.of("application/json", Map.of("schema", schema)));
        }
        responses.put(String.valueOf(r.status()), ok);
        if (r.requestBody() != null || !r.query().isEmpty()) responses.put("400", Map.of("description", "invalid input; the body names each problem"));
        if (r.access().kind() != Access.Kind.PUBLIC) {
            responses.put("401", Map.of("description", "not signed in"));
            responses.put("403", Map.of("description", "signed in, but the role lacks " + r.access().label() + ", or the CSRF token is missing"));
            op.put("security", List.of(Map.of("session", List.of()), Map.of("token", List.of())));
        } else {
            op.put("security", List.of());
        }
        if (!r.pathParams().isEmpty()) responses.put("404", Map.of("description", "no such record, or not visible to the caller's organisation"));
        op.put("responses", responses);
        return op;
    }
}
