package org.enduse.store.sql;

import java.util.ArrayList;
import java.util.List;
import org.enduse.core.common.PartialDate;
import org.enduse.core.transfer.EndUseTerms;
import org.enduse.core.transfer.Purpose;

/** End-use terms as one (kind, value) row per term, so rules and queries see them as data. */
final class TermRows {
    static final String TERRITORY = "territory";
    static final String END_USER = "end_user";
    static final String PURPOSE = "purpose";
    static final String RETRANSFER_CONSENT = "retransfer_requires_consent";
    static final String RIGHT_TO_INSPECT = "right_to_inspect";
    static final String VALID_UNTIL = "valid_until";

    record Term(String kind, String value) {}

    private TermRows() {}

    static List<Term> toRows(EndUseTerms terms) {
        var rows = new ArrayList<Term>();
        terms.permittedTerritory().forEach(t -> rows.add(new Term(TERRITORY, t)));
        terms.permittedEndUsers().forEach(u -> rows.add(new Term(END_USER, u)));
        if (terms.purpose() != null) rows.add(new Term(PURPOSE, terms.purpose().name()));
        if (terms.retransferRequiresConsent()) rows.add(new Term(RETRANSFER_CONSENT, "true"));
        if (terms.rightToInspect()) rows.add(new Term(RIGHT_TO_INSPECT, "true"));
        if (terms.validUntil() != null) rows.add(new Term(VALID_UNTIL, terms.validUntil().toString()));
        return rows;
    }

    static EndUseTerms fromRows(List<Term> rows) {
        var territory = new ArrayList<String>();
        var endUsers = new ArrayList<String>();
        Purpose purpose = null;
        boolean consent = false, inspect = false;
        PartialDate validUntil = null;
        for (Term t : rows) {
            switch (t.kind()) {
                case TERRITORY -> territory.add(t.value());
                case END_USER -> endUsers.add(t.value());
                case PURPOSE -> purpose = Purpose.valueOf(t.value());
                case RETRANSFER_CONSENT -> consent = Boolean.parseBoolean(t.value());
                case RIGHT_TO_INSPECT -> inspect = Boolean.parseBoolean(t.value());
                case VALID_UNTIL -> validUntil = PartialDate.parse(t.value());
                default -> throw new IllegalStateException("unknown end-use term kind in the store: " + t.kind());
            }
        }
        return new EndUseTerms(territory, endUsers, purpose, consent, inspect, validUntil);
    }
}
