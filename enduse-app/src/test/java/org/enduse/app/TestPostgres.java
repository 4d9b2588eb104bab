package org.enduse.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server (embedded binaries) for the application's tests, started on first use
 * and stopped with the JVM; each caller gets a database of its own, named in the environment
 * {@link AppContext#open(java.nio.file.Path, Map)} reads.
 */
public final class TestPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {}

    /** The environment of a fresh, empty database. */
    public static synchronized Map<String, String> freshDatabase() {
        String name = "enduse_" + DATABASES.incrementAndGet();
        try {
            if (server == null) {
                server = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stop));
            }
            try (var c = server.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return Map.of("ENDUSE_DATABASE_URL", server.getJdbcUrl("postgres", name),
                "ENDUSE_DATABASE_USER", "postgres", "ENDUSE_DATABASE_PASSWORD", "postgres", "ENDUSE_USER", "test");
    }

    private static void stop() {
        try {
            server.close();
        } catch (IOException e) {
            // The JVM is exiting; the server's own shutdown hook removes what is left.
        }
    }
}
