package org.enduse.app.web.routes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.enduse.app.web.Access;
import org.enduse.app.web.Route;
import org.enduse.app.web.WebModule;
import org.enduse.app.web.WebPage;

/**
 * The HTML pages: shells from the jar (web/pages/*.html) that load their script, which fetches
 * the data from the API. A page holds no data itself; still, every page but the sign-in page
 * needs a signed-in user, and sends others to /login.
 */
public final class PageRoutes implements WebModule {
    @Override
    public List<Route> routes() {
        return List.of(
                page("/login", "login", Access.PUBLIC, "Sign in"),
                page("/", "dashboard", Access.SIGNED_IN, "Dashboard"),
                page("/transfers", "transfers", Access.SIGNED_IN, "Transfer registry"),
                page("/sightings/{id}", "sighting", Access.SIGNED_IN, "A sighting"),
                page("/map", "map", Access.SIGNED_IN, "Map of sightings and permitted territory"),
                page("/review", "review", Access.SIGNED_IN, "Review queue"),
                page("/inquiries/{id}", "inquiry", Access.SIGNED_IN, "An inquiry"),
                page("/search", "search", Access.SIGNED_IN, "Search"),
                page("/account", "account", Access.SIGNED_IN, "Your account and API tokens"));
    }

    private static Route page(String path, String name, Access access, String summary) {
        byte[] html = read("/web/pages/" + name + ".html");
        return Route.page(path).access(access).doc("page_" + name, "pages", summary).handle(call -> WebPage.html(call, html));
    }

    private static byte[] read(String resource) {
        try (InputStream in = PageRoutes.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("page " + resource + " is missing from the jar");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
