package org.enduse.store.sqlite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.enduse.store.sql.JdbiStore;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The store on one SQLite file. WAL lets readers go on while a command writes; foreign keys are on;
 * a busy writer is waited for rather than failed. Writes begin IMMEDIATE, taking the write lock at
 * the start, so two writers queue instead of deadlocking on a lock upgrade.
 */
public final class SqliteStore extends JdbiStore {
    /** The database file inside a data directory. */
    public static final String FILE_NAME = "enduse.db";
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private SqliteStore(SQLiteDataSource reading, SQLiteDataSource writing, Clock clock) {
        super(Jdbi.create(reading), Jdbi.create(writing), clock);
    }

    /** Opens (creating and migrating when needed) the store in a data directory. */
    public static SqliteStore open(Path dataDir) {
        return open(dataDir, Clock.systemUTC());
    }

    public static SqliteStore open(Path dataDir, Clock clock) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
        }
        Path file = dataDir.resolve(FILE_NAME);
        SQLiteDataSource writing = dataSource(file, SQLiteConfig.TransactionMode.IMMEDIATE);
        Flyway.configure().dataSource(writing)
                .locations("classpath:db/migration", "classpath:db/vendor/sqlite")
                .load().migrate();
        return new SqliteStore(dataSource(file, SQLiteConfig.TransactionMode.DEFERRED), writing, clock);
    }

    /** Each unit of work opens and closes its own connection, so there is nothing held open. */
    @Override
    public void close() {}

    private static SQLiteDataSource dataSource(Path file, SQLiteConfig.TransactionMode mode) {
        var config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(mode);
        var ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return ds;
    }
}
