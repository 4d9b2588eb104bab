package org.enduse.store.sqlite;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import org.enduse.store.sql.JdbiStore;
import org.enduse.store.sql.Migrations;
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
    private static final int READERS = 4;
    /**
     * The writer's page cache in KiB (SQLite's default is 2 MiB). A batch of ingested documents
     * changes about 5 MiB of pages; with a smaller cache SQLite spills them to the log before the
     * commit and writes some twice.
     */
    private static final int WRITER_CACHE_KIB = 64 * 1024;

    /**
     * Held open while the store is: when the last connection to a WAL database closes, SQLite
     * checkpoints the whole log into the database file and deletes it, and with one connection per
     * unit of work that happened after every write (ingest spent about half its time there).
     */
    private final Connection keeper;
    /**
     * Readers share a few open connections: opening one costs more than a short query, and a
     * server answers many short queries at once. Writers keep one connection per unit of work.
     */
    private final HikariDataSource readers;

    private SqliteStore(HikariDataSource readers, SQLiteDataSource writing, Clock clock) {
        super(Jdbi.create(readers), Jdbi.create(writing), clock);
        this.readers = readers;
        try {
            this.keeper = writing.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open " + writing.getUrl() + ": " + e.getMessage(), e);
        }
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
        writing.setCacheSize(-WRITER_CACHE_KIB);
        Migrations.migrate(writing, "sqlite");
        return new SqliteStore(pool(dataSource(file, SQLiteConfig.TransactionMode.DEFERRED)), writing, clock);
    }

    private static HikariDataSource pool(SQLiteDataSource reading) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(reading);
        config.setMaximumPoolSize(READERS);
        config.setMinimumIdle(0);
        config.setPoolName("enduse-sqlite-readers");
        return new HikariDataSource(config);
    }

    /** Each unit of work opens and closes its own connection; only the keeper is left to close. */
    @Override
    public void close() {
        readers.close();
        try {
            keeper.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the store: " + e.getMessage(), e);
        }
    }

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
