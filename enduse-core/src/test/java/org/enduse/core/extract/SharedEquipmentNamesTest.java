package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.enduse.core.extract.TestExtractions.found;

import org.junit.jupiter.api.Test;

/**
 * "Mamba" is both Alvis's vehicle and the French army's SAMP/T (batches 21, 27 and 39, fr): the report decides
 * by naming one of the two otherwise. Also new entries read by their designation: Kub (batches 38 ru, 40 nl).
 * Sentences written for this test.
 */
class SharedEquipmentNamesTest {
    @Test
    void theSharedNameNamesTheSystemTheReportNamedBefore() {
        assertThat(found("L'Italie et la France livrent le SAMP/T à l'Ukraine.\n\nUn Mamba a déjà été déployé en Roumanie.",
                MentionKind.EQUIPMENT)).extracting(Mention::text, Mention::name)
                .containsExactly(tuple("SAMP/T", "SAMP/T"), tuple("Mamba", "SAMP/T"));
        assertThat(found("Ukraine received a Mamba SAMP-T system from France and Italy.", MentionKind.EQUIPMENT))
                .extracting(Mention::text, Mention::name).containsExactly(tuple("Mamba SAMP-T", "SAMP/T"));
    }

    @Test
    void withoutThatTheTextsLanguageDecides() {
        assertThat(found("The army still drives old Mamba armoured vehicles.", MentionKind.EQUIPMENT)).extracting(Mention::name)
                .containsExactly("Alvis 4 Mamba");
        assertThat(found("L'armée de terre déploie le Mamba en Roumanie.", MentionKind.EQUIPMENT)).extracting(Mention::name)
                .containsExactly("SAMP/T");
    }

    @Test
    void kubIsTheSystemButCubaIsNot() {
        assertThat(found("Словакия передаст Киеву два зенитно-ракетных комплекса «Куб».", MentionKind.EQUIPMENT)).extracting(Mention::name)
                .containsExactly("2K12 Kub");
        assertThat(found("Россия торгует с Кубой и Венесуэлой.", MentionKind.EQUIPMENT)).isEmpty();
    }
}
