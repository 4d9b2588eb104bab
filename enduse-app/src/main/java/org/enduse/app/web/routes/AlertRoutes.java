package org.enduse.app.web.routes;

import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.enduse.app.web.ApiCall;
import org.enduse.app.web.Route;
import org.enduse.app.web.WebModule;
import org.enduse.core.account.Permission;
import org.enduse.core.account.RecordAccessRepository;
import org.enduse.core.account.User;
import org.enduse.core.assess.Alert;
import org.enduse.core.assess.AssessmentResults;
import org.enduse.core.assess.Verdict;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.InvalidInputException;
import org.enduse.core.common.PartialDate;

/**
 * Potential and confirmed violations the caller's organisation may see (both the sighting and the
 * transfer visible to it), and the dashboard tiles counting them.
 */
public final class AlertRoutes implements WebModule {
    private static final int DEFAULT_LIMIT = 100;

    /** An alert as the API shows it; {@code summary} is one line for a list. */
    public record AlertView(String sightingId, String transferId, String lineId, String donor, String recipient, String observed,
                            String verdict, List<String> causes, double points, int rank, boolean ambiguous, String summary) {
        static AlertView of(Alert a) {
            String verdict = a.verdict().name().toLowerCase(Locale.ROOT);
            String causes = String.join(", ", a.causes().stream().map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', ' ')).toList());
            return new AlertView(a.sightingId(), a.transferId(), a.lineId(), text(a.donor()), text(a.recipient()),
                    a.observed() == null ? null : a.observed().toString(), verdict,
                    a.causes().stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList(), a.points(), a.rank(), a.ambiguous(),
                    (a.observed() == null ? "undated" : a.observed().toString()) + " " + a.sightingId() + ": " + verdict.replace('_', ' ')
                            + " of " + a.transferId() + "/" + a.lineId() + " (" + text(a.donor()) + " to " + text(a.recipient()) + ")"
                            + (causes.isEmpty() ? "" : ", " + causes) + (a.ambiguous() ? "; one of several likely sources" : ""));
        }

        private static String text(CountryCode c) {
            return c == null ? null : c.value();
        }
    }

    /** How long an organisation's visible alerts are reused; ownership set outside the API leaves no audit entry to notice. */
    private static final long VISIBLE_FOR_NANOS = 10_000_000_000L;

    /** An organisation's visible alerts, computed from one unfiltered list at one time; {@code refreshing} once a request works out the next. */
    private record Visible(List<Alert> from, long at, List<Alert> alerts, AtomicBoolean refreshing) {
        Visible(List<Alert> from, long at, List<Alert> alerts) {
            this(from, at, alerts, new AtomicBoolean());
        }
    }

    private final AssessmentResults results;
    private final RecordAccessRepository access;
    private final java.util.Map<String, Visible> visibleByOrganisation = new java.util.concurrent.ConcurrentHashMap<>();

    public AlertRoutes(AssessmentResults results, RecordAccessRepository access) {
        this.results = results;
        this.access = access;
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.api(HandlerType.GET, "/api/alerts").needs(Permission.READ_RECORDS)
                .doc("listAlerts", "alerts", "Potential and confirmed violations your organisation may see, newest sighting first")
                .query("verdict", "potential_violation or violation_confirmed")
                .query("donor", "ISO 3166-1 alpha-2 code of the donor")
                .query("since", "only sightings that may fall on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
                .query("limit", "at most this many (default " + DEFAULT_LIMIT + ")")
                .exportable().returnsListOf(AlertView.class).handle(this::list));
    }

    private void list(ApiCall call) {
        Verdict verdict = verdict(call.query("verdict"));
        var since = PartialDate.parseNullable(call.query("since"));
        int limit = SightingRoutes.number(call.query("limit"), "limit", DEFAULT_LIMIT);
        if (limit < 1) throw InvalidInputException.field("limit", "must be at least 1");
        CountryCode donor = CountryCode.ofNullable(call.query("donor"));
        // The same test as AssessmentEngine.alerts applies: an undated sighting is left out of a "since" list.
        var alerts = visible(call.user()).stream()
                .filter(a -> since == null || (a.observed() != null && a.observed().mayBeOnOrAfter(since)))
                .filter(a -> donor == null || donor.equals(a.donor()))
                .filter(a -> verdict == null || a.verdict() == verdict).limit(limit).map(AlertView::of).toList();
        call.list("alerts", alerts);
    }

    /** The dashboard's alert figures: potential and confirmed violations the user's organisation may see. */
    public DashboardRoutes.TileSource tiles() {
        return user -> {
            var alerts = visible(user);
            long potential = alerts.stream().filter(a -> a.verdict() == Verdict.POTENTIAL_VIOLATION).count();
            long confirmed = alerts.stream().filter(a -> a.verdict() == Verdict.VIOLATION_CONFIRMED).count();
            return List.of(new DashboardRoutes.Tile("potential_violations", "Potential violations", potential, null),
                    new DashboardRoutes.Tile("confirmed_violations", "Confirmed violations", confirmed, null));
        };
    }

    /**
     * Every alert the user's organisation may see. Checking visibility reads every visible sighting
     * id, so the answer is kept per organisation while the unfiltered list is the same object
     * (it changes when records do) and for at most {@link #VISIBLE_FOR_NANOS}.
     */
    private List<Alert> visible(User user) {
        List<Alert> all = results.alerts(null, null);
        String organisation = user.organisationId();
        long now = System.nanoTime();
        Visible cached = visibleByOrganisation.get(organisation);
        if (cached != null && cached.from() == all) {
            if (now - cached.at() < VISIBLE_FOR_NANOS) return cached.alerts();
            // Only old: one request works the list out again while the others answer from the old
            // one, so at 500 requests a second no queue builds up behind the refresh.
            if (cached.refreshing().compareAndSet(false, true)) {
                try {
                    Visible fresh = new Visible(all, now, filter(organisation, all));
                    visibleByOrganisation.replace(organisation, cached, fresh);
                    return fresh.alerts();
                } finally {
                    cached.refreshing().set(false);
                }
            }
            return cached.alerts();
        }
        // None yet, or records changed: the old list may miss new alerts, so every request waits
        // for it; compute() lets one request per organisation work it out instead of all at once.
        return visibleByOrganisation.compute(organisation, (org, current) ->
                current != null && current.from() == all && now - current.at() < VISIBLE_FOR_NANOS ? current : new Visible(all, now, filter(org, all)))
                .alerts();
    }

    private List<Alert> filter(String organisationId, List<Alert> all) {
        // Alerts may be tens of thousands, and the engine holds every sighting anyway: one scan of the
        // visible sighting ids (index only, V8) costs less than looking the alerts' ids up in chunks.
        var sightings = access.visibleIds(SightingRoutes.TYPE, organisationId);
        var transfers = access.visibleAmong(TransferRoutes.TYPE, organisationId, all.stream().map(Alert::transferId).toList());
        return all.stream().filter(a -> sightings.contains(a.sightingId()) && transfers.contains(a.transferId())).toList();
    }

    private static Verdict verdict(String text) {
        if (text == null) return null;
        try {
            return Verdict.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("verdict", "'" + text + "' is not potential_violation or violation_confirmed");
        }
    }
}
