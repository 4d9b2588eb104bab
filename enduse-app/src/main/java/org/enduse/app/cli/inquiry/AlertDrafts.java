package org.enduse.app.cli.inquiry;

import java.time.LocalDate;
import java.time.Period;
import org.enduse.app.AppContext;
import org.enduse.app.cli.UserException;
import org.enduse.core.assess.Alert;
import org.enduse.core.assess.Assessment;
import org.enduse.core.catalog.Catalog;
import org.enduse.core.inquiry.InquiryDrafter;

/**
 * Drafts an inquiry from the most likely alert on a sighting, with the sighting, transfer and
 * assessment it rests on. The stored assessments are brought up to date first (only what changed
 * is re-evaluated), so the letter never rests on a stale verdict.
 */
final class AlertDrafts {
    private AlertDrafts() {}

    static InquiryDrafter.Draft draft(AppContext app, String sightingId, LocalDate on, Period toAnswer) {
        if (app.store().read(repos -> !repos.sightings().exists(sightingId))) {
            throw new UserException("--from-alert: no sighting with id '" + sightingId + "' (see: enduse sightings list)");
        }
        app.assessments().run(app.user(), false);
        return app.store().read(repos -> {
            var result = repos.assessments().find(sightingId).orElseThrow();
            Alert alert = result.alerts().stream().findFirst().orElseThrow(() -> new UserException("--from-alert: sighting " + sightingId
                    + " raises no alert (see: enduse explain " + sightingId + "); open the inquiry with --from, --to and --subject instead"));
            Assessment assessment = result.assessments().stream()
                    .filter(a -> alert.transferId().equals(a.transferId()) && alert.lineId().equals(a.lineId())).findFirst().orElseThrow();
            Catalog catalog = Catalog.get();
            return new InquiryDrafter(catalog, catalog).draft(assessment, repos.sightings().find(sightingId).orElseThrow(),
                    repos.transfers().find(alert.transferId()).orElseThrow(), on, toAnswer);
        });
    }
}
