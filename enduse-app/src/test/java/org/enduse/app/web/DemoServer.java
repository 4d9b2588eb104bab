package org.enduse.app.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.enduse.app.demo.DemoRun;
import org.jdbi.v3.core.Jdbi;

/**
 * A {@link TestServer} over the demo's data (the SCAR rifles and MaxxPros seen in Belgorod), every
 * demo record given to BE: the demo run as `enduse demo` runs it, then served.
 */
final class DemoServer {
    private DemoServer() {}

    static TestServer start(Path dir) {
        new DemoRun(dir, new PrintWriter(new StringWriter()), Clock.systemUTC()).run();
        Path store = dir.resolve("store");
        TestServer server = new TestServer(store);
        Jdbi jdbi = server.services.context().database();
        for (String table : new String[] {"transfers", "sightings", "sources", "candidates", "inquiries"}) {
            jdbi.useHandle(h -> h.createUpdate("UPDATE " + table + " SET organisation_id = :org WHERE organisation_id = 'local'")
                    .bind("org", server.be.id()).execute());
        }
        return server;
    }
}
