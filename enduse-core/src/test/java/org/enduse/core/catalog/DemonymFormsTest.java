package org.enduse.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The per-language inflection rules that turn one base adjective into the forms reports use. */
class DemonymFormsTest {
    @Test
    void slavicAdjectivesGetTheirCaseGenderAndNumberEndings() {
        assertThat(DemonymForms.of("uk", "німецький")).contains("німецька", "німецькі", "німецького", "німецької", "німецьких", "німецькими");
        assertThat(DemonymForms.of("ru", "польский")).contains("польская", "польские", "польского", "польской", "польских", "польскую");
        assertThat(DemonymForms.of("pl", "francuski")).contains("francuska", "francuskie", "francuskich", "francuskiego", "francuską", "francuscy");
        assertThat(DemonymForms.of("pl", "niemiecki")).contains("niemieccy", "niemiecką");
    }

    @Test
    void westernAdjectivesGetTheirInflectedAndPluralForms() {
        assertThat(DemonymForms.of("nl", "Frans")).containsExactly("Frans", "Franse");
        assertThat(DemonymForms.of("nl", "Chinees")).containsExactly("Chinees", "Chinese");
        assertThat(DemonymForms.of("de", "deutsch")).contains("deutsche", "deutschen", "deutscher", "deutsches", "deutschem");
        assertThat(DemonymForms.of("fr", "allemand")).containsExactly("allemand", "allemande", "allemands", "allemandes");
        assertThat(DemonymForms.of("fr", "ukrainien")).contains("ukrainienne", "ukrainiennes");
        assertThat(DemonymForms.of("fr", "paraguayen")).contains("paraguayenne");
        assertThat(DemonymForms.of("fr", "belge")).containsExactly("belge", "belges");
        assertThat(DemonymForms.of("fr", "français")).containsExactly("français", "française", "françaises");
        assertThat(DemonymForms.of("en", "German")).containsExactly("German", "Germans");
        assertThat(DemonymForms.of("en", "French")).containsExactly("French");
    }

    @Test
    void irregularFormsAreTakenAsWritten() {
        assertThat(DemonymForms.of("fr", "grec/grecque/grecs/grecques")).containsExactly("grec", "grecque", "grecs", "grecques");
    }

    @Test
    void aBaseWithTheWrongShapeIsRefusedWithTheReason() {
        assertThatThrownBy(() -> DemonymForms.of("ru", "Германия")).hasMessageContaining("'Германия' is not a ru adjective ending in -ий");
        assertThatThrownBy(() -> DemonymForms.of("pl", "Polska")).hasMessageContaining("ending in -i");
        assertThatThrownBy(() -> DemonymForms.of("es", "alemán")).hasMessageContaining("no inflection rules for language 'es'");
    }
}
