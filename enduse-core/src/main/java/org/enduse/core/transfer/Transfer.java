package org.enduse.core.transfer;

import java.util.HashSet;
import java.util.List;
import org.enduse.core.common.Checks;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.InvalidInputException;
import org.enduse.core.common.Money;
import org.enduse.core.common.PartialDate;

/**
 * A package of equipment from a donor to a recipient: who pays if not the donor, when it was
 * announced, what it is worth, its lines, the end-use terms attached, and the sources behind it.
 */
public record Transfer(String id, String name, CountryCode donor, CountryCode recipient, CountryCode financier,
                       PartialDate announced, Money value, List<TransferLine> lines, EndUseTerms terms,
                       List<String> sourceIds, String note) {
    public Transfer {
        id = Checks.required("transfer id", id);
        name = Checks.optional(name);
        Checks.required("donor", donor);
        Checks.required("recipient", recipient);
        if (donor.equals(recipient)) throw InvalidInputException.field("recipient", "is the same as the donor (" + donor + ")");
        if (donor.equals(financier)) financier = null;
        lines = Checks.list(lines);
        if (terms == null) terms = EndUseTerms.none();
        sourceIds = Checks.list(sourceIds);
        note = Checks.optional(note);
        var lineIds = new HashSet<String>();
        for (TransferLine line : lines) {
            if (!lineIds.add(line.id())) throw InvalidInputException.field("line id", "'" + line.id() + "' appears twice in transfer " + id);
        }
    }

    /** Who paid: the financier when one is named, else the donor. */
    public CountryCode payer() {
        return financier != null ? financier : donor;
    }
}
