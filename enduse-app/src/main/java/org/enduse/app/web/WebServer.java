package org.enduse.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.enduse.core.account.Accounts;
import org.enduse.core.account.ForbiddenException;
import org.enduse.core.account.Sessions;
import org.enduse.core.common.InvalidInputException;
import org.enduse.core.common.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the JSON API under /api, the pages, and the static assets from the jar. Only
 * routes in the {@link RouteRegistry} are installed, each behind the {@link Gatekeeper}; anything
 * else that matches is refused (deny by default).
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final long MAX_BODY_BYTES = 2L * 1024 * 1024;
    /** Where the static files of web/assets are served; no route may live there. */
    static final String ASSETS = "/assets";

    /** Where to listen; {@code port} 0 picks a free port. */
    public record Options(String bind, int port, boolean secureCookies) {}

    private final Options options;
    private final RouteRegistry registry;
    private final Javalin app;
    private final Sessions sessions;
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "enduse-session-sweeper");
        t.setDaemon(true);
        return t;
    });

    public WebServer(Options options, Accounts accounts, Sessions sessions, AuditTracker audit, List<WebModule> modules) {
        this.options = options;
        this.sessions = sessions;
        var all = new java.util.ArrayList<WebModule>(modules);
        all.add(new MetaRoutes(this::routes));
        this.registry = new RouteRegistry(all);
        ObjectMapper json = WebJson.mapper();
        Gatekeeper gate = new Gatekeeper(accounts, sessions, audit, json, options.secureCookies());
        this.app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.jsonMapper(new JavalinJackson(json, false));
            cfg.http.maxRequestSize = MAX_BODY_BYTES;
            cfg.staticFiles.add(sf -> {
                sf.hostedPath = ASSETS;
                sf.directory = "/web/assets";
                sf.location = Location.CLASSPATH;
            });
        });
        app.before(ctx -> SecurityHeaders.apply(ctx, options.secureCookies()));
        // A matched endpoint that did not come from the registry has no access declared: refuse it.
        // Static assets are no endpoint of ours: public files from the jar, holding no data.
        app.beforeMatched(ctx -> {
            if (!ctx.path().startsWith(ASSETS + "/") && ctx.routeRoles().stream().noneMatch(Access.class::isInstance)) {
                Gatekeeper.refuse(ctx, HttpStatus.FORBIDDEN, "this route declares no access");
                ctx.skipRemainingHandlers();
            }
        });
        for (Route r : registry.all()) app.addHttpHandler(r.method(), r.path(), gate.wrap(r), r.access());
        app.exception(InvalidInputException.class, (e, ctx) -> ctx.status(HttpStatus.BAD_REQUEST).json(ApiError.of(e.problems())));
        app.exception(NotFoundException.class, (e, ctx) -> ctx.status(HttpStatus.NOT_FOUND).json(ApiError.of(e.getMessage())));
        app.exception(ForbiddenException.class, (e, ctx) -> ctx.status(HttpStatus.FORBIDDEN).json(ApiError.of(e.getMessage())));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).json(ApiError.of("internal error; the server log has the details"));
        });
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            String type = ctx.res().getContentType();
            if (ctx.path().startsWith("/api/") && (type == null || !type.startsWith("application/json"))) ctx.json(ApiError.of("no such route: " + ctx.method() + " " + ctx.path()));
        });
    }

    public WebServer start() {
        app.start(options.bind(), options.port());
        sweeper.scheduleWithFixedDelay(() -> {
            try {
                sessions.sweep();
            } catch (RuntimeException e) {
                LOG.warn("could not sweep expired sessions", e);
            }
        }, 10, 10, TimeUnit.MINUTES);
        return this;
    }

    public int port() {
        return app.port();
    }

    public RouteRegistry routes() {
        return registry;
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        app.stop();
    }
}
