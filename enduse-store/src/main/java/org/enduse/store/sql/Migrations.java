package org.enduse.store.sql;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings a database's schema up to date: the portable migrations plus the database's vendor folder.
 * Versions come in series (records from V1, accounts from V50), so a later records migration (V3)
 * has a lower number than account migrations a store may already have applied; out-of-order
 * migrations are therefore applied rather than refused. Migrations of different series touch
 * different tables, so their order does not matter.
 */
public final class Migrations {
    private Migrations() {}

    /** @param vendor the folder under db/vendor: sqlite or postgresql */
    public static void migrate(DataSource ds, String vendor) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration", "classpath:db/vendor/" + vendor).outOfOrder(true).load().migrate();
    }
}
