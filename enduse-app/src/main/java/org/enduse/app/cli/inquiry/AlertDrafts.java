package org.enduse.app.cli.inquiry;

import java.time.LocalDate;
import java.time.Period;
import org.enduse.app.AppContext;
import org.enduse.app.cli.UserException;
import org.enduse.core.assess.Alert;
import org.enduse.core.assess.Assessment;
import org.enduse.core.catalog.Catalog;
import org.enduse.core.inquiry.InquiryDrafter;

/** Drafts an inquiry from the most likely alert on a sighting, with the sighting, transfer and assessment it rests on. */
final class AlertDrafts {
    private AlertDrafts() {}

    static InquiryDrafter.Draft draft(AppContext app, String sightingId, LocalDate on, Period toAnswer) {
        var engine = app.assessmentEngine();
        var sighting = engine.sighting(sightingId).orElseThrow(() -> new UserException("--from-alert: no sighting with id '" + sightingId
                + "' (see: enduse sightings list)"));
        Alert alert = engine.alerts(null, null).stream().filter(a -> a.sightingId().equals(sightingId)).findFirst()
                .orElseThrow(() -> new UserException("--from-alert: sighting " + sightingId + " raises no alert (see: enduse explain " + sightingId
                        + "); open the inquiry with --from, --to and --subject instead"));
        Assessment assessment = engine.assessments(sightingId).stream()
                .filter(a -> alert.transferId().equals(a.transferId()) && alert.lineId().equals(a.lineId())).findFirst().orElseThrow();
        var transfer = engine.transfer(alert.transferId()).orElseThrow();
        Catalog catalog = Catalog.get();
        return new InquiryDrafter(catalog, catalog).draft(assessment, sighting, transfer, on, toAnswer);
    }
}
