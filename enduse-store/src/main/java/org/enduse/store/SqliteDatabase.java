package org.enduse.store;

import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A Jdbi on the store's SQLite file for the account tables, set up like the store's own writer:
 * WAL, foreign keys on, a busy writer waited for, and transactions that take the write lock at
 * BEGIN (IMMEDIATE) so two writers queue instead of failing on a lock upgrade. The schema is the
 * store's: open {@link org.enduse.store.sqlite.SqliteStore} first, which runs the migrations.
 */
public final class SqliteDatabase {
    private SqliteDatabase() {}

    public static Jdbi open(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(10_000);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return Jdbi.create(ds);
    }
}
