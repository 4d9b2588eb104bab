package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.enduse.core.extract.TestExtractions.found;

import org.junit.jupiter.api.Test;

/**
 * Round 37 (qty43): a calibre between a name and its noun, goods of non-lethal aid, the Slavic singular of
 * "other" before a mass noun, and a number glued to a Cyrillic adjective. Every sentence is written for this test.
 */
class GoodsAndTailsCountedTest {
    @Test
    void aCalibreStandsBetweenANameAndItsNoun() {
        assertThat(found("London will send 18 AS90 155mm guns to Kyiv.", MentionKind.QUANTITY)).extracting(Mention::text)
                .containsExactly("18 AS90 155mm guns");
        assertThat(found("Paris liefert 18 Caesar 155-mm-Haubitzen.", MentionKind.QUANTITY)).extracting(Mention::text)
                .containsExactly("18 Caesar 155-mm-Haubitzen");
    }

    @Test
    void goodsOfNonLethalAidAreCounted() {
        assertThat(found("Вильнюс передал 4 тысячи касок.", MentionKind.QUANTITY)).extracting(Mention::text, Mention::unit)
                .containsExactly(tuple("4 тысячи касок", "items"));
        assertThat(found("Україна отримала від Литви 7 тисяч запчастин.", MentionKind.QUANTITY)).extracting(Mention::text)
                .containsExactly("7 тисяч запчастин");
        assertThat(found("Er liggen 80 duizend legermaaltijden klaar.", MentionKind.QUANTITY)).extracting(Mention::text)
                .containsExactly("80 duizend legermaaltijden");
    }

    @Test
    void theSingularOfOtherJoinsAMassNoun() {
        assertThat(found("Литва передала 90 автомобілів та іншої техніки.", MentionKind.QUANTITY)).extracting(Mention::text)
                .containsExactly("90 автомобілів та іншої техніки");
        assertThat(found("Литва передала 90 танков и другие вооружения.", MentionKind.QUANTITY)).extracting(Mention::text)
                .containsExactly("90 танков и другие вооружения");
    }

    @Test
    void aNumberGluedToACyrillicAdjectiveCountsNothing() {
        assertThat(found("Об этом сообщил 61-летний генерал.", MentionKind.QUANTITY)).isEmpty();
        assertThat(found("Це 12-тонний броньований автомобіль.", MentionKind.QUANTITY)).isEmpty();
        // A case ending is no adjective: the number still counts.
        assertThat(found("Литва передала 5-ти бригадам 40 генераторів.", MentionKind.QUANTITY)).extracting(Mention::text)
                .contains("40 генераторів");
    }
}
