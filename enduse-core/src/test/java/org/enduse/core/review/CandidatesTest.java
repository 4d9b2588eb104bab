package org.enduse.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.enduse.core.common.InvalidInputException;
import org.enduse.core.extract.Extractor;
import org.enduse.core.extract.NameSource;
import org.enduse.core.intake.Document;
import org.enduse.core.intake.DocumentFormat;
import org.junit.jupiter.api.Test;

class CandidatesTest {
    private static final String TEXT = "Belgian FN SCAR rifles were seen in the hands of the Russian Volunteer Corps in Belgorod, Russia, in May 2023.";

    @Test
    void aSightingEventBecomesAPendingCandidateWithCatalogIdsFromItsSentence() {
        var doc = new Document("a.txt", "a.txt", "ab".repeat(32), DocumentFormat.TEXT, "UTF-8", null, null, Instant.EPOCH, TEXT);
        var candidates = EventCandidates.of("src_a", Extractor.standard(NameSource.of(java.util.List.of())).extract(doc, null));
        assertThat(candidates).hasSize(1);
        Candidate c = candidates.get(0);
        assertThat(c.kind()).isEqualTo(CandidateKind.SIGHTING);
        assertThat(c.status()).isEqualTo(CandidateStatus.PENDING);
        assertThat(c.field(CandidateField.EQUIPMENT)).isEqualTo("fn-scar");
        assertThat(c.field(CandidateField.HOLDER)).isEqualTo("rdk");
        assertThat(c.field(CandidateField.COUNTRY)).isEqualTo("RU");
        assertThat(c.field(CandidateField.DONOR)).as("a sighting has no donor").isNull();
        assertThat(CandidateRecords.sighting(c, "si_x").sourceIds()).containsExactly("src_a");
    }

    @Test
    void fieldsAreCheckedAsTheRecordsCheckThem() {
        assertThatThrownBy(() -> CandidateField.OBSERVED.check(CandidateKind.SIGHTING, "2023-02-30")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("observed").hasMessageContaining("not a calendar date");
        assertThatThrownBy(() -> CandidateField.STATUS.check(CandidateKind.TRANSFER, "in_use")).hasMessageContaining("pledged");
        CandidateField.STATUS.check(CandidateKind.SIGHTING, "in_use");
        assertThatThrownBy(() -> CandidateField.parse("donor", CandidateKind.SIGHTING)).hasMessageContaining("has no such field");
        assertThatThrownBy(() -> CandidateField.QUANTITY.check(CandidateKind.SIGHTING, "-3")).hasMessageContaining("must not be negative");
    }

    @Test
    void aCandidateNamingNoEquipmentSaysHowToSetItBeforeItBecomesARecord() {
        var c = new Candidate("ca_1", CandidateKind.SIGHTING, CandidateStatus.PENDING, "src_a", 0, "en", 0.5, 0, 4, null,
                java.util.Map.of(CandidateField.PLACE, "Kozinka"), null, null, null, null);
        assertThatThrownBy(() -> CandidateRecords.sighting(c, "si_x")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("equipment").hasMessageContaining("review edit ca_1 --equipment TYPE or --description TEXT");
        assertThat(CandidateRecords.sighting(c.with(CandidateField.DESCRIPTION, "armoured vehicle"), "si_x").equipment().description())
                .isEqualTo("armoured vehicle");
    }

    @Test
    void theExcerptIsClampedToTheText() {
        var e = Excerpt.of("0123456789", 4, 6, 2);
        assertThat(e.before() + "[" + e.evidence() + "]" + e.after()).isEqualTo("23[45]67");
        assertThat(e.moreBefore()).isTrue();
        var hostile = Excerpt.of("short", -5, 999, 300);
        assertThat(hostile.evidence()).isEqualTo("short");
        assertThat(hostile.moreAfter()).isFalse();
    }
}
