package org.enduse.core.assess;

import java.util.ArrayList;
import java.util.List;
import org.enduse.core.sighting.Sighting;
import org.enduse.core.sighting.SightingStatus;
import org.enduse.core.transfer.LifecycleEvent;

/**
 * Was the item still in the recipient's custody? A capture on record before the sighting (a
 * CAPTURED lifecycle event, or an earlier sighting of the same serial shown as captured) means the
 * holder's later use is not the recipient's breach. A recorded loss, destruction or disposal is not
 * taken on trust: seeing the item afterwards is a contradiction worth a note, not an excuse.
 */
final class CustodyCheck {
    static final String RULE = "custody";

    /** What the custody rule found, and whether it takes the holder's conduct out of the recipient's account. */
    record Result(List<Finding> findings, boolean custodyEnded) {}

    private CustodyCheck() {}

    static Result check(SightingEntry s, LineEntry line, Sighting earlierCapture) {
        List<Finding> out = new ArrayList<>();
        if (line.delivery == null) out.add(Finding.of(RULE, Cause.RECEIPT_UNCONFIRMED, () -> "no delivery is recorded for the line: receipt by the end user cannot be confirmed"));
        if (s.sighting.status() == SightingStatus.CAPTURED) {
            out.add(Finding.of(RULE, Cause.CAPTURED_BY_HOLDER, () -> "the holder " + s.sighting.holder() + " shows the item as captured: a loss, so its end use is not a hand-over by the recipient"));
        }
        LifecycleEvent capture = line.capture;
        if (capture != null && !s.dated) {
            out.add(Finding.of(RULE, Cause.INABILITY_TO_VERIFY, () -> "the line was captured " + capture.date() + " and the sighting is undated: it may show the item before or after"));
            return new Result(out, false);
        }
        if (capture != null && capture.date().latest().toEpochDay() < s.earliest) {
            out.add(Finding.of(RULE, Cause.CUSTODY_ENDED, () -> "the line was recorded captured " + capture.date() + source(capture.sourceId())
                    + ", before this sighting: later holders' use is not the recipient's breach"));
            return new Result(out, true);
        }
        if (earlierCapture != null) {
            out.add(Finding.of(RULE, Cause.CUSTODY_ENDED, () -> "the same serial was seen captured by " + earlierCapture.holder() + " on "
                    + earlierCapture.observed() + " (sighting " + earlierCapture.id() + "): later holders' use is not the recipient's breach"));
            return new Result(out, true);
        }
        if (s.sighting.status() == SightingStatus.SEIZED) {
            out.add(Finding.of(RULE, Cause.DIVERSION, () -> "the holder " + s.sighting.holder() + " seized the item: it had left the permitted users' custody before"));
        }
        LifecycleEvent before = s.dated ? line.statusBefore(s.earliest) : null;
        if (before != null && before.status().endsCustody()) {
            out.add(Finding.of(RULE, Cause.LOSS_RECORD_CONTRADICTED, () -> "the line was recorded " + before.status().name().toLowerCase(java.util.Locale.ROOT)
                    + " " + before.date() + source(before.sourceId()) + ", yet the item is seen later: the record needs checking"));
        }
        return new Result(out, false);
    }

    private static String source(String sourceId) {
        return sourceId == null ? "" : " (source " + sourceId + ")";
    }
}
