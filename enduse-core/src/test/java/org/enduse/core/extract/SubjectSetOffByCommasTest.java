package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/**
 * A speaker whose role or a relative clause stands set off by commas between the name and the verb of saying still says
 * the sentence ("Maria Zakharova, porte-parole du ministère, a déclaré que ..."); sentences written for these tests.
 */
class SubjectSetOffByCommasTest {
    @Test
    void aRoleSetOffByCommasPartsNoSpeakerFromItsVerb() {
        assertThat(events("Anna Berg, the Dutch defence minister, said that the Netherlands would send 12 howitzers to Ukraine.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsExactly("Anna Berg");
        assertThat(events("Marie Duval, porte-parole du gouvernement belge, a déclaré que la Belgique avait livré des obus à l'Ukraine.",
                EventType.TRANSFER)).extracting(Event::attributedTo).containsExactly("Marie Duval");
        assertThat(events("Karl Brenner, der Verteidigungsminister, sagte, Dänemark werde der Ukraine weitere Panzer liefern.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsExactly("Karl Brenner");
        assertThat(events("Іван Коваль, міністр оборони Литви, повідомив, що Литва передала Україні гаубиці.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsExactly("Іван Коваль");
    }

    @Test
    void aRelativeClauseSetOffByCommasPartsNoSpeakerFromItsVerb() {
        assertThat(events("Tom Hale, who spoke on Monday, announced that Canada had delivered ammunition to Ukraine.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsExactly("Tom Hale");
    }

    @Test
    void aNameAfterAnotherVerbOrAPrepositionIsNoSubjectSetOff() {
        assertThat(events("Meanwhile, Anna Berg, the Dutch defence minister, said that the Netherlands will send 14 tanks to Ukraine.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsExactly("Anna Berg");
        assertThat(events("Zelensky's office, quoting Anna Berg, the Dutch defence minister, said that the Netherlands will send 14 tanks to Ukraine.",
                EventType.TRANSFER)).extracting(Event::attributedTo).doesNotContain("Anna Berg");
        assertThat(events("A spokesman for Anna Berg, the Dutch defence minister, said that the Netherlands will send 14 tanks to Ukraine.",
                EventType.TRANSFER)).extracting(Event::attributedTo).doesNotContain("Anna Berg");
        assertThat(events("Zelensky thanked Anna Berg, the Dutch defence minister, who said that the Netherlands will send 14 tanks to Ukraine.",
                EventType.TRANSFER)).extracting(Event::attributedTo).doesNotContain("Anna Berg");
        assertThat(events("Did Anna Berg, the Dutch defence minister, say that the Netherlands would send tanks to Ukraine?", EventType.TRANSFER))
                .extracting(Event::attributedTo).doesNotContain("Anna Berg");
    }

    @Test
    void aConditionANegatedVerbOrAnotherSpeakerCreditsNoOneSetOff() {
        assertThat(events("If Anna Berg, the Dutch defence minister, says that the Netherlands will send tanks to Ukraine, Kyiv will be relieved.",
                EventType.TRANSFER)).extracting(Event::attributedTo).doesNotContain("Anna Berg");
        assertThat(events("Marie Duval, porte-parole du gouvernement belge, n'a pas déclaré que la Belgique avait livré des chars à l'Ukraine.",
                EventType.TRANSFER)).extracting(Event::attributedTo).doesNotContain("Marie Duval");
        assertThat(events("Anna Berg met Karl Brenner, the Danish defence minister, and said that Denmark would send tanks to Ukraine.",
                EventType.TRANSFER)).extracting(Event::attributedTo).doesNotContain("Karl Brenner");
        assertThat(events("Germany, which has delivered Patriot systems to Ukraine, said nothing about new tanks.", EventType.TRANSFER))
                .extracting(Event::attributedTo).doesNotContain("Germany");
        assertThat(events("Іван Коваль, міністр оборони Литви, не повідомив, чи передала Литва Україні гаубиці.", EventType.TRANSFER))
                .extracting(Event::attributedTo).doesNotContain("Іван Коваль");
    }
}
