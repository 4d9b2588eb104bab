package org.enduse.store.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import org.enduse.store.sql.JdbiStore;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The server store on PostgreSQL: the same migrations and SQL as the SQLite file (only
 * db/vendor differs), over a small connection pool, for a server that several analysts share.
 */
public final class PostgresStore extends JdbiStore {
    private static final int POOL_SIZE = 8;
    /** Any fixed number: the key of the advisory lock that queues writers. */
    private static final long WRITE_LOCK = 0x656e6475736eL;
    private final HikariDataSource pool;

    private PostgresStore(HikariDataSource pool, Clock clock) {
        this(Jdbi.create(pool), pool, clock);
    }

    private PostgresStore(Jdbi jdbi, HikariDataSource pool, Clock clock) {
        super(jdbi, jdbi, clock);
        this.pool = pool;
    }

    /**
     * Connects, and creates or migrates the schema.
     *
     * @param url a {@code jdbc:postgresql://host[:port]/database} URL
     */
    public static PostgresStore open(String url, String user, String password, Clock clock) {
        if (url == null || !url.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("database URL " + url + ": expected jdbc:postgresql://HOST[:PORT]/DATABASE");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setPoolName("enduse");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot connect to " + url + ": " + rootMessage(e), e);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration", "classpath:db/vendor/postgresql").load().migrate();
        } catch (FlywayException e) {
            pool.close();
            throw new IllegalStateException("cannot migrate the schema on " + url + ": " + rootMessage(e), e);
        }
        return new PostgresStore(pool, clock);
    }

    /**
     * Writers queue on one transaction-scoped advisory lock, as they do on SQLite's write lock: the
     * audit sequence is taken as MAX(seq) + 1 inside the write (docs/decisions/0002), which two
     * concurrent writers would otherwise both take.
     */
    @Override
    protected void beginWrite(Handle handle) {
        handle.execute("SELECT pg_advisory_xact_lock(?)", WRITE_LOCK);
    }

    @Override
    public void close() {
        pool.close();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage();
    }
}
