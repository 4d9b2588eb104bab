package org.enduse.app.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.enduse.core.account.User;
import org.enduse.core.common.InputProblem;
import org.enduse.core.common.InvalidInputException;

/**
 * One request to a route, as the route sees it: the signed-in user (already checked against the
 * route's access), path and query values, the body read into the route's declared record type,
 * and ways to answer. Routes use this rather than the raw Javalin context.
 */
public final class ApiCall {
    private final Context ctx;
    private final Route route;
    private final User user;
    private final ObjectMapper json;

    ApiCall(Context ctx, Route route, User user, ObjectMapper json) {
        this.ctx = ctx;
        this.route = route;
        this.user = user;
        this.json = json;
    }

    /** The caller; never null on a route that is not public. */
    public User user() {
        if (user == null) throw new IllegalStateException("route " + route.key() + " is public and has no user");
        return user;
    }

    /** The caller when there is one, on public routes. */
    public User userOrNull() {
        return user;
    }

    /** The name the audit log records for changes made by this call. */
    public String actor() {
        return user().username();
    }

    public String path(String name) {
        return ctx.pathParam(name);
    }

    /** A query value, or null when absent or blank. */
    public String query(String name) {
        if (route.query().stream().noneMatch(q -> q.name().equals(name))) {
            throw new IllegalStateException("route " + route.key() + " reads query parameter '" + name + "' without declaring it");
        }
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** The JSON body as the route's declared record type; malformed or unknown fields are a 400 naming the field. */
    public <T> T body(Class<T> type) {
        if (route.requestBody() != type) throw new IllegalStateException("route " + route.key() + " declares body " + route.requestBody() + ", not " + type);
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length == 0) throw new InvalidInputException(InputProblem.of("request body", "is empty; expected a JSON object"));
        try {
            T value = json.readValue(bytes, type);
            if (value == null) throw new InvalidInputException(InputProblem.of("request body", "is null; expected a JSON object"));
            return value;
        } catch (InvalidInputException e) {
            throw e;
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            if (e.getCause() instanceof InvalidInputException invalid) throw invalid;
            String field = e.getPath().isEmpty() ? null : e.getPath().get(e.getPath().size() - 1).getFieldName();
            throw new InvalidInputException(new InputProblem("request body", 0, field, e.getOriginalMessage().split("\n")[0]));
        } catch (JacksonException e) {
            throw new InvalidInputException(InputProblem.of("request body", "is not valid JSON: " + e.getOriginalMessage()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Answers with the route's success status and the value as JSON. */
    public void json(Object value) {
        ctx.status(route.status()).json(value);
    }

    /**
     * Answers with a list in the format the caller asked for (JSON, CSV or GeoJSON: see
     * {@link ListExport}); the route declares it with {@link Route.Builder#exportable()}.
     * {@code name} names a download ("sightings" gives sightings.csv).
     */
    public void list(String name, java.util.List<?> rows) {
        ListExport.write(ctx, json, route.status(), ListExport.format(query(Route.FORMAT), ctx.header("Accept")), name, rows);
    }

    /** Sets a response header (paging: X-Total-Count, X-Next-Cursor). */
    public void header(String name, String value) {
        ctx.header(name, value);
    }

    /** Answers with the route's success status and no body. */
    public void done() {
        ctx.status(route.status());
    }

    /** The Javalin context, for the few routes that set cookies or serve files. */
    Context ctx() {
        return ctx;
    }
}
