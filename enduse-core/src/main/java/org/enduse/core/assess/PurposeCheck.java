package org.enduse.core.assess;

import java.util.Set;
import org.enduse.core.sighting.SightingStatus;
import org.enduse.core.transfer.Purpose;

/**
 * Does what the sighting shows fit the stated purpose? A sighting shows use only through the
 * state the item is in: destroyed, damaged or captured means combat, which training, law
 * enforcement, peacekeeping and demining exclude. Self-defence cannot be judged from a sighting;
 * where it was used is the territory rule's question.
 */
final class PurposeCheck {
    static final String RULE = "purpose";
    private static final Set<Purpose> NON_COMBAT = Set.of(Purpose.TRAINING, Purpose.LAW_ENFORCEMENT, Purpose.PEACEKEEPING, Purpose.HUMANITARIAN_DEMINING);
    private static final Set<SightingStatus> COMBAT_SIGNS = Set.of(SightingStatus.DESTROYED, SightingStatus.DAMAGED, SightingStatus.CAPTURED);

    private PurposeCheck() {}

    static Finding check(SightingStatus status, Purpose purpose) {
        if (purpose == null) return Finding.pass(RULE, () -> "the terms state no purpose");
        if (!NON_COMBAT.contains(purpose)) {
            return Finding.pass(RULE, () -> "purpose " + purpose.label() + " cannot be judged from a sighting alone");
        }
        if (COMBAT_SIGNS.contains(status)) {
            return Finding.of(RULE, Cause.UNAUTHORISED_PURPOSE, () -> "seen " + status.name().toLowerCase(java.util.Locale.ROOT)
                    + ", a sign of combat, which the purpose " + purpose.label() + " excludes");
        }
        return Finding.pass(RULE, () -> "nothing seen contradicts the purpose " + purpose.label());
    }
}
