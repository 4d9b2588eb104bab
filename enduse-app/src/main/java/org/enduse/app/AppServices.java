package org.enduse.app;

import java.time.Clock;
import java.util.List;
import org.enduse.app.assess.LiveAssessments;
import org.enduse.app.search.RecordSearch;
import org.enduse.app.web.AuditTracker;
import org.enduse.app.web.WebModule;
import org.enduse.app.web.routes.AlertRoutes;
import org.enduse.app.web.routes.DashboardRoutes;
import org.enduse.app.web.routes.GeoRoutes;
import org.enduse.app.web.routes.PageRoutes;
import org.enduse.app.web.routes.SessionRoutes;
import org.enduse.app.web.routes.SearchRoutes;
import org.enduse.app.web.routes.SharingRoutes;
import org.enduse.app.web.routes.SightingRoutes;
import org.enduse.app.web.routes.TimelineRoutes;
import org.enduse.app.web.routes.TokenRoutes;
import org.enduse.app.web.routes.InquiryRoutes;
import org.enduse.app.web.routes.ReviewRoutes;
import org.enduse.app.web.routes.TransferRoutes;
import org.enduse.app.web.routes.UserRoutes;
import org.enduse.core.account.Accounts;
import org.enduse.core.account.LoginThrottle;
import org.enduse.core.account.PasswordHasher;
import org.enduse.core.account.RecordAccessRepository;
import org.enduse.core.account.RecordSharing;
import org.enduse.core.account.Sessions;
import org.enduse.core.assess.AssessmentResults;
import org.enduse.core.common.Transactions;
import org.enduse.core.geo.GeoData;
import org.enduse.store.account.JdbiAccountRepository;
import org.enduse.store.account.JdbiRecordAccessRepository;
import org.enduse.store.account.JdbiSessionRepository;
import org.enduse.store.audit.JdbiAuditTrail;
import org.enduse.store.audit.RecordChanges;
import org.enduse.store.search.LuceneSearchIndex;
import org.jdbi.v3.core.Jdbi;

/**
 * Accounts, sessions and sharing on top of an {@link AppContext}, wired once for the CLI and the
 * server, with the audit trail they write to and the web modules.
 */
public final class AppServices {
    private final AppContext context;
    private final AuditTracker audit;
    private final Accounts accounts;
    private final Sessions sessions;
    private final RecordAccessRepository recordAccess;
    private final RecordSharing sharing;
    private final AssessmentResults assessments;
    private final RecordChanges changes;
    private RecordSearch search;

    private AppServices(AppContext context, Clock clock) {
        this.context = context;
        Jdbi jdbi = context.database();
        Transactions tx = context.transactions();
        this.audit = new AuditTracker(new JdbiAuditTrail(jdbi, clock));
        this.accounts = new Accounts(new JdbiAccountRepository(jdbi), audit, tx, new PasswordHasher(), clock);
        this.sessions = new Sessions(accounts, new JdbiSessionRepository(jdbi), new LoginThrottle(LoginThrottle.DEFAULT, clock), audit, tx, clock);
        this.recordAccess = new JdbiRecordAccessRepository(jdbi);
        this.sharing = new RecordSharing(recordAccess, accounts, audit, tx);
        this.changes = new RecordChanges(jdbi);
        this.assessments = new LiveAssessments(context::assessmentEngine, changes);
    }

    /** The account, session and sharing services on the context's store (which has run the migrations). */
    public static AppServices of(AppContext context) {
        return new AppServices(context, Clock.systemUTC());
    }

    public AppContext context() {
        return context;
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

    /** Full-text search, its index opened on first use (in the data directory's search folder). */
    public synchronized RecordSearch search() {
        if (search == null) search = new RecordSearch(context.store(), LuceneSearchIndex.open(context.dataDir()), changes);
        return search;
    }

    /** Every feature's routes and pages; a new feature adds its module here. */
    public List<WebModule> webModules() {
        var alerts = new AlertRoutes(assessments, recordAccess);
        return List.of(
                new SessionRoutes(accounts, sessions),
                new UserRoutes(accounts),
                new TokenRoutes(accounts),
                new SharingRoutes(sharing, accounts),
                new TransferRoutes(context.store(), recordAccess),
                new ReviewRoutes(context.reviewQueue(), recordAccess),
                new InquiryRoutes(context.inquiries(Clock.systemUTC()), recordAccess),
                new SightingRoutes(context.store(), recordAccess, assessments),
                alerts,
                new SearchRoutes(this::search, recordAccess),
                new TimelineRoutes(context.store(), recordAccess),
                new GeoRoutes(GeoData.get().recognised()),
                new DashboardRoutes(List.of(user -> {
                    var c = recordAccess.counts(user.organisationId());
                    return List.of(new DashboardRoutes.Tile("records_owned", "Records of your organisation", c.owned(), "/transfers"),
                            new DashboardRoutes.Tile("records_shared", "Records shared with you", c.sharedWithUs(), "/transfers"));
                }, alerts.tiles())),
                new PageRoutes());
    }
}
