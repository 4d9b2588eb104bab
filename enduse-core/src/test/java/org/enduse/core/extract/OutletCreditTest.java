package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/** A news outlet that says or writes a sighting is its source; sentences written for these tests, test dictionary. */
class OutletCreditTest {
    @Test
    void anOutletBeforeItsVerbIsTheSource() {
        assertThat(events("Der Spiegel schrieb, russische Soldaten hätten einen Leopard zerstört.", EventType.SIGHTING))
                .extracting(Event::attributedTo).containsExactly("Der Spiegel");
        // A verb that usually has its source after it ("berichtet Reuters") may have it before.
        assertThat(events("Reuters berichtet, ein Leopard sei in der Ukraine zerstört worden.", EventType.SIGHTING))
                .extracting(Event::attributedTo).containsExactly("Reuters");
    }

    @Test
    void anOutletRightAfterAVerbThatOpensAClauseIsTheSource() {
        assertThat(events("Russian troops used a captured Leopard near Bakhmut, wrote The Washington Post.", EventType.SIGHTING))
                .extracting(Event::attributedTo).containsExactly("Washington Post");
    }

    @Test
    void anOutletPartedFromTheVerbOrAfterTheSpeakerIsNoSource() {
        // A dateline's agency before the subject, and an outlet that only heard the speaker.
        assertThat(events("Kyiv (Reuters) - Russia says it destroyed a Leopard near Bakhmut.", EventType.SIGHTING))
                .extracting(Event::attributedTo).doesNotContain("Reuters");
        assertThat(events("Russia destroyed a Leopard near Bakhmut, said Dmitry Peskov to CNN.", EventType.SIGHTING))
                .extracting(Event::attributedTo).doesNotContain("CNN");
    }

    @Test
    void anOutletReportingASpeakerAfterHisWordsYieldsToHim() {
        // Round 53: "X said ..., Interfax reported", "..., заявил X, сообщает РИА Новости": the speaker's words, his credit.
        assertThat(events("Belgium will send four Caesar howitzers to Ukraine, Alexander De Croo said, Reuters reported.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsExactly("Alexander De Croo");
        assertThat(events("Франция передала Украине ракеты SCALP, заявил Сергей Лавров, сообщает РИА Новости.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsExactly("Сергей Лавров");
        // An outlet named before the speaker, or one reporting no speaker, stays the credit.
        assertThat(events("Belgium will send four Caesar howitzers to Ukraine, Reuters reported.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsExactly("Reuters");
    }

    @Test
    void aSlavicOutletThatWroteOrRemindsIsTheSource() {
        // Round 56: the imperfective past ("писал", "писав") and the present ("нагадує", "напоминает") of an outlet's report.
        assertThat(events("Россия уничтожила танк Leopard под Авдеевкой, писал Коммерсантъ.", EventType.SIGHTING))
                .extracting(Event::attributedTo).containsExactly("Коммерсантъ");
        assertThat(events("CNN нагадує, що США передали Україні ракети ATACMS.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsExactly("CNN");
    }

    @Test
    void aQuotedOutletBeforeItsVerbIsTheSource() {
        // Round 56: the closing quote of the outlet's name stands between it and the verb.
        assertThat(events("Wie der „Spiegel“ berichtet, liefert Deutschland der Ukraine 50 Marder.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsExactly("Spiegel");
        assertThat(events("“Українська правда” пише, що Латвія передасть Україні ракети Stinger.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsExactly("Українська правда");
    }
}
