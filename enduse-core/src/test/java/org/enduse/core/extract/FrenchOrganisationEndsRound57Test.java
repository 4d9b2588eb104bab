package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.enduse.core.common.PartialDate;
import org.junit.jupiter.api.Test;

/** Where a French organisation's name ends: a nationality after a body's head, "en direction de". */
class FrenchOrganisationEndsRound57Test {
    private static final Extractor STANDARD = Extractor.standard(sink -> { });

    private static List<Mention> mentions(String text) {
        return STANDARD.extract(TestNames.document("t.txt", text), PartialDate.parse("2024-01-01")).mentions();
    }

    private static List<String> organisations(String text) {
        return mentions(text).stream().filter(m -> m.kind() == MentionKind.ORGANIZATION).map(Mention::text).toList();
    }

    @Test
    void aNationalityAfterAMinistryOrALegislatureNamesTheBody() {
        assertThat(organisations("Le ministère russe a publié une vidéo.")).containsExactly("ministère russe");
        assertThat(organisations("Le Parlement suédois a approuvé l'envoi.")).containsExactly("Parlement suédois");
    }

    @Test
    void aGovernmentARoleOrABareLegislatureStaysWithoutABody() {
        assertThat(organisations("Le gouvernement suédois a approuvé l'envoi.")).isEmpty();
        assertThat(organisations("Le chef d'état-major belge l'a confirmé.")).isEmpty();
        assertThat(organisations("Le Parlement a approuvé l'envoi.")).isEmpty();
    }

    @Test
    void enDirectionDeIsNoDirectorate() {
        var found = mentions("Le missile a été tiré en direction de chars russes.");
        assertThat(found).noneMatch(m -> m.kind() == MentionKind.ORGANIZATION);
        assertThat(found).anyMatch(m -> m.kind() == MentionKind.COUNTRY && m.text().equals("russes"));
    }
}
