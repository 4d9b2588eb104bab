package org.enduse.app.web;

import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTTP route as declared once: method, path, who may call it, what it takes and gives. The
 * server installs it and the OpenAPI document describes it from this same value, so the two
 * cannot drift. {@code page} routes serve HTML shells and are left out of the API document.
 *
 * @param requestBody  a record class the JSON body is read into, or null for none
 * @param responseBody a record class describing the answer (a list of it when {@code responseIsList}), or null
 * @param status       the status of a successful answer (200, 201, 204)
 */
public record Route(HandlerType method, String path, Access access, String operationId, String summary, String tag,
                    List<QueryParam> query, Class<?> requestBody, Class<?> responseBody, boolean responseIsList,
                    int status, boolean page, ApiHandler handler) {
    /** The query parameter choosing a list's format; see {@link Builder#exportable()}. */
    public static final String FORMAT = "format";
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

    /** A query parameter, documented and readable with {@link ApiCall#query}. */
    public record QueryParam(String name, String description, boolean required) {}

    public Route {
        if (method == null || path == null || !path.startsWith("/")) throw new IllegalStateException("route needs a method and an absolute path: " + method + " " + path);
        if (access == null) throw new IllegalStateException("route " + method + " " + path + " declares no access: every route must say who may call it");
        if (operationId == null || summary == null || tag == null || handler == null) {
            throw new IllegalStateException("route " + method + " " + path + " needs an operation id, a summary, a tag and a handler");
        }
        query = List.copyOf(query);
    }

    /** Whether the route changes something (and so needs CSRF protection and an audit entry). */
    public boolean changes() {
        return method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
    }

    public List<String> pathParams() {
        Matcher m = PATH_PARAM.matcher(path);
        var names = new java.util.ArrayList<String>();
        while (m.find()) names.add(m.group(1));
        return names;
    }

    public String key() {
        return method.name().toUpperCase(Locale.ROOT) + " " + path;
    }

    public static Builder api(HandlerType method, String path) {
        return new Builder(method, path, false);
    }

    public static Builder page(String path) {
        return new Builder(HandlerType.GET, path, true);
    }

    /** Declares a route step by step; {@link #handle} ends it. */
    public static final class Builder {
        private final HandlerType method;
        private final String path;
        private final boolean page;
        private Access access;
        private String operationId;
        private String summary;
        private String tag;
        private final List<QueryParam> query = new java.util.ArrayList<>();
        private Class<?> requestBody;
        private Class<?> responseBody;
        private boolean responseIsList;
        private int status = 200;

        private Builder(HandlerType method, String path, boolean page) {
            this.method = method;
            this.path = path;
            this.page = page;
        }

        public Builder access(Access access) {
            this.access = access;
            return this;
        }

        public Builder needs(org.enduse.core.account.Permission permission) {
            return access(Access.of(permission));
        }

        public Builder doc(String operationId, String tag, String summary) {
            this.operationId = operationId;
            this.tag = tag;
            this.summary = summary;
            return this;
        }

        public Builder query(String name, String description) {
            query.add(new QueryParam(name, description, false));
            return this;
        }

        /** The route answers with a list downloadable as CSV, JSON or GeoJSON ({@code ?format=} or the Accept header). */
        public Builder exportable() {
            return query(FORMAT, "csv, json (default) or geojson; or ask by the Accept header (text/csv, application/geo+json)");
        }

        public Builder body(Class<?> type) {
            this.requestBody = type;
            return this;
        }

        public Builder returns(Class<?> type) {
            this.responseBody = type;
            return this;
        }

        public Builder returnsListOf(Class<?> type) {
            this.responseBody = type;
            this.responseIsList = true;
            return this;
        }

        public Builder status(int status) {
            this.status = status;
            return this;
        }

        public Route handle(ApiHandler handler) {
            return new Route(method, path, access, operationId, summary, tag, query, requestBody, responseBody, responseIsList, status, page, handler);
        }
    }
}
