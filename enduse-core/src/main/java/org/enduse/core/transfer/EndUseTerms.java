package org.enduse.core.transfer;

import java.util.List;
import org.enduse.core.common.Checks;
import org.enduse.core.common.PartialDate;

/**
 * The conditions a donor attached to a transfer, as data a rule can check:
 * <ul>
 * <li>{@code permittedTerritory}: ISO 3166-1 country codes or ISO 3166-2 region codes (e.g. "UA")
 *     within internationally recognised borders; empty means no territorial limit was stated;</li>
 * <li>{@code permittedEndUsers}: catalog actor ids (e.g. "ua-afu"); their units count too;</li>
 * <li>{@code purpose}: the permitted use, or null when none was stated;</li>
 * <li>{@code retransferRequiresConsent}: no re-export or hand-over to another party without the donor's consent;</li>
 * <li>{@code rightToInspect}: the donor may verify on site (US EEUM-style);</li>
 * <li>{@code validUntil}: when the terms lapse, or null.</li>
 * </ul>
 */
public record EndUseTerms(List<String> permittedTerritory, List<String> permittedEndUsers, Purpose purpose,
                          boolean retransferRequiresConsent, boolean rightToInspect, PartialDate validUntil) {
    public EndUseTerms {
        permittedTerritory = Checks.list(permittedTerritory).stream().map(String::strip).map(String::toUpperCase).toList();
        permittedEndUsers = Checks.list(permittedEndUsers).stream().map(String::strip).toList();
        for (String area : permittedTerritory) {
            if (!area.matches("[A-Z]{2}(-[A-Z0-9]{1,3})?")) {
                throw org.enduse.core.common.InvalidInputException.field("permitted territory", "'" + area + "' is not an ISO 3166 country or region code");
            }
        }
    }

    public static EndUseTerms none() {
        return new EndUseTerms(List.of(), List.of(), null, false, false, null);
    }

    public boolean isEmpty() {
        return permittedTerritory.isEmpty() && permittedEndUsers.isEmpty() && purpose == null
                && !retransferRequiresConsent && !rightToInspect;
    }
}
