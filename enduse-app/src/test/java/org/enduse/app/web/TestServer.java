package org.enduse.app.web;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.enduse.app.AppContext;
import org.enduse.app.AppServices;
import org.enduse.core.audit.AuditEntry;
import org.enduse.core.common.CountryCode;
import org.enduse.core.transfer.Transfer;
import org.enduse.core.account.Organisation;
import org.enduse.core.account.Role;
import org.enduse.core.account.User;

/**
 * A real server on a free port over a real SQLite file (or the PostgreSQL server the context
 * names), with two organisations: BE (a user of
 * every role, and a "victim" for disabling) and NL (an admin). BE owns transfer tr_scar.
 */
final class TestServer implements AutoCloseable {
    static final String PASSWORD = "correct horse battery";

    final AppServices services;
    final WebServer server;
    final Organisation be;
    final Organisation nl;
    final Map<String, User> users = new LinkedHashMap<>();

    TestServer(Path dir) {
        this(dir, false);
    }

    TestServer(Path dir, boolean secureCookies) {
        this(AppContext.open(dir), secureCookies);
    }

    TestServer(AppContext context, boolean secureCookies) {
        services = AppServices.of(context);
        var accounts = services.accounts();
        be = accounts.createOrganisation("FPS Defence (BE)", "test");
        nl = accounts.createOrganisation("Defensie (NL)", "test");
        for (Role r : Role.values()) add("be-" + r.label(), be, r);
        add("be-victim", be, Role.VIEWER);
        add("nl-admin", nl, Role.ADMIN);
        services.context().store().write("test", r -> {
            r.transfers().save(new Transfer("tr_scar", "FN SCAR rifles", CountryCode.of("BE"), CountryCode.of("UA"), null, null, null, null, null, null, null));
            return null;
        });
        services.recordAccess().setOwner("transfer", "tr_scar", be.id());
        server = new WebServer(new WebServer.Options("127.0.0.1", 0, secureCookies), accounts, services.sessions(), services.audit(),
                services.webModules()).start();
    }

    private void add(String name, Organisation org, Role role) {
        users.put(name, services.accounts().addUser(name, null, org.id(), role, PASSWORD.toCharArray(), "test"));
    }

    /** The audit log about one record (null: any), oldest first, read through the store. */
    java.util.List<AuditEntry> audit(String type, String id) {
        return services.context().store().read(r -> r.audit().list(type, id, 0));
    }

    AuditEntry lastAudit() {
        var all = audit(null, null);
        return all.get(all.size() - 1);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    /** A fresh API token for the user, for callers that need no browser session. */
    String token(String username) {
        return services.accounts().issueToken(users.get(username).id(), "test", null, "test").secret();
    }

    @Override
    public void close() {
        server.close();
        services.context().close();
    }
}
