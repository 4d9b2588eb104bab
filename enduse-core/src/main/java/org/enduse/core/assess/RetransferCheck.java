package org.enduse.core.assess;

import java.util.Set;
import org.enduse.core.catalog.Actor;
import org.enduse.core.catalog.ActorDirectory;
import org.enduse.core.catalog.ActorKind;
import org.enduse.core.transfer.Transfer;

/**
 * Has the item passed to another state or its forces? Only a state body counts here; a hand-over
 * to an armed group or a person is the end-user rule's business. A return to the donor is not a
 * re-transfer.
 */
final class RetransferCheck {
    static final String RULE = "re-transfer";
    private static final Set<ActorKind> STATE_BODIES = Set.of(ActorKind.STATE, ActorKind.ARMED_FORCE, ActorKind.UNIT, ActorKind.GOVERNMENT_BODY);

    private final ActorDirectory actors;

    RetransferCheck(ActorDirectory actors) {
        this.actors = actors;
    }

    Finding check(SightingEntry s, Transfer transfer) {
        if (!transfer.terms().retransferRequiresConsent()) return Finding.pass(RULE, () -> "the terms do not require consent for re-transfer");
        if (s.holder == null || !STATE_BODIES.contains(s.holder.kind())) return Finding.pass(RULE, () -> "not held by a state body");
        String state = stateOf(s);
        if (state == null) return Finding.pass(RULE, () -> "the state " + s.holder.id() + " belongs to is not in the catalog");
        if (state.equals(transfer.recipient().value())) return Finding.pass(RULE, () -> "held within the recipient state " + state);
        if (state.equals(transfer.donor().value())) return Finding.pass(RULE, () -> "held within the donor state " + state + ": a return, not a re-transfer");
        return Finding.of(RULE, Cause.UNAUTHORISED_RETRANSFER, () -> "held by " + s.holder.id() + " of the state " + state
                + ", a party other than the recipient " + transfer.recipient() + ", and no consent is recorded"
                + " (if the item was captured, record the capture and this changes)");
    }

    /** The state a state body belongs to: the nearest STATE above it, else the country the catalog gives it. */
    private String stateOf(SightingEntry s) {
        for (String id : s.holderLineage) {
            Actor a = actors.actor(id).orElse(null);
            if (a != null && a.kind() == ActorKind.STATE) return a.country() != null ? a.country().value() : a.id();
        }
        return s.holder.country() == null ? null : s.holder.country().value();
    }
}
