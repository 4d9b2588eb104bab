package org.enduse.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.enduse.app.web.AuditTracker;
import org.enduse.app.web.WebModule;
import org.enduse.app.web.routes.DashboardRoutes;
import org.enduse.app.web.routes.PageRoutes;
import org.enduse.app.web.routes.SessionRoutes;
import org.enduse.app.web.routes.SharingRoutes;
import org.enduse.app.web.routes.TokenRoutes;
import org.enduse.app.web.routes.UserRoutes;
import org.enduse.core.account.Accounts;
import org.enduse.core.account.LoginThrottle;
import org.enduse.core.account.PasswordHasher;
import org.enduse.core.account.RecordAccessRepository;
import org.enduse.core.account.RecordSharing;
import org.enduse.core.account.Sessions;
import org.enduse.core.common.Transactions;
import org.enduse.store.JdbiTransactions;
import org.enduse.store.SqliteDatabase;
import org.enduse.store.account.JdbiAccountRepository;
import org.enduse.store.account.JdbiRecordAccessRepository;
import org.enduse.store.account.JdbiSessionRepository;
import org.enduse.store.audit.JdbiAuditLog;
import org.jdbi.v3.core.Jdbi;

/**
 * The services of one data directory, wired once for the CLI and the server: the database, the
 * audit log every service writes to, accounts, sessions and sharing, and the web modules.
 */
public final class AppServices {
    public static final String DATABASE_FILE = "enduse.db";

    private final Jdbi jdbi;
    private final AuditTracker audit;
    private final Accounts accounts;
    private final Sessions sessions;
    private final RecordAccessRepository recordAccess;
    private final RecordSharing sharing;

    private AppServices(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        Transactions tx = new JdbiTransactions(jdbi);
        this.audit = new AuditTracker(new JdbiAuditLog(jdbi, clock));
        this.accounts = new Accounts(new JdbiAccountRepository(jdbi), audit, tx, new PasswordHasher(), clock);
        this.sessions = new Sessions(accounts, new JdbiSessionRepository(jdbi), new LoginThrottle(LoginThrottle.DEFAULT, clock), audit, tx, clock);
        this.recordAccess = new JdbiRecordAccessRepository(jdbi);
        this.sharing = new RecordSharing(recordAccess, accounts, audit, tx);
    }

    /** Opens (creating and migrating when needed) the database in the data directory. */
    public static AppServices open(Path dataDir) {
        return new AppServices(SqliteDatabase.open(dataDir.resolve(DATABASE_FILE)), Clock.systemUTC());
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public AuditTracker audit() {
        return audit;
    }

    public Accounts accounts() {
        return accounts;
    }

    public Sessions sessions() {
        return sessions;
    }

    public RecordAccessRepository recordAccess() {
        return recordAccess;
    }

    /** Every feature's routes and pages; a new feature adds its module here. */
    public List<WebModule> webModules() {
        return List.of(
                new SessionRoutes(accounts, sessions),
                new UserRoutes(accounts),
                new TokenRoutes(accounts),
                new SharingRoutes(sharing, accounts),
                new DashboardRoutes(List.of(user -> {
                    var c = recordAccess.counts(user.organisationId());
                    return List.of(new DashboardRoutes.Tile("records_owned", "Records of your organisation", c.owned(), "/transfers"),
                            new DashboardRoutes.Tile("records_shared", "Records shared with you", c.sharedWithUs(), "/transfers"));
                })),
                new PageRoutes());
    }
}
