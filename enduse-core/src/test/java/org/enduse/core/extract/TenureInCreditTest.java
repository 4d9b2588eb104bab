package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/**
 * A word telling when a title is held ("former", "new", "ex-", "l'ancien", "ehemalige", "колишній") stays in
 * the credit of the titled person, as the real-report labellers write it (docs/devset.md, round 54). Short
 * texts written for these tests, through the whole extractor with the test dictionary.
 */
class TenureInCreditTest {
    @Test
    void aFormerOrNewTitleIsCreditedWithItsTenureWord() {
        assertThat(events("Former Russian president Igor Salnikov said that the United States had sent HIMARS launchers to Ukraine.",
                EventType.TRANSFER)).extracting(Event::attributedTo).containsExactly("Former Russian president Igor Salnikov");
        assertThat(events("The new British Prime Minister Keir Starmer said that Britain will send Storm Shadow missiles to Ukraine.",
                EventType.TRANSFER)).extracting(Event::attributedTo).containsExactly("The new British Prime Minister Keir Starmer");
        // A hyphen joins the word to the role: "the ex-minister".
        assertThat(events("The ex-minister of defence of Britain Ben Wallace said that Britain had sent Storm Shadow missiles to Ukraine.",
                EventType.TRANSFER)).extracting(Event::attributedTo).containsExactly("The ex-minister of defence of Britain Ben Wallace");
    }

    @Test
    void theTenureWordOpensTheTitleInEveryLanguage() {
        assertThat(events("L'ancien président russe Igor Salnikov a déclaré que les États-Unis avaient livré des HIMARS à l'Ukraine.",
                EventType.TRANSFER)).extracting(Event::attributedTo).containsExactly("L'ancien président russe Igor Salnikov");
        assertThat(events("Der ehemalige russische Präsident Igor Salnikow sagte, die USA hätten der Ukraine HIMARS geliefert.",
                EventType.TRANSFER)).extracting(Event::attributedTo).containsExactly("Der ehemalige russische Präsident Igor Salnikow");
        assertThat(events("De voormalige Russische president Igor Salnikov zei dat de Verenigde Staten HIMARS aan Oekraïne hadden geleverd.",
                EventType.TRANSFER)).extracting(Event::attributedTo).containsExactly("De voormalige Russische president Igor Salnikov");
        assertThat(events("Колишній президент Росії Ігор Сальников заявив, що США передали Україні HIMARS.",
                EventType.TRANSFER)).extracting(Event::attributedTo).containsExactly("Колишній президент Росії Ігор Сальников");
        assertThat(events("Экс-президент России Игорь Сальников заявил, что США передали Украине HIMARS.",
                EventType.TRANSFER)).extracting(Event::attributedTo).containsExactly("Экс-президент России Игорь Сальников");
    }

    @Test
    void aTenureWordOutsideTheTitleIsNotCredited() {
        // "new" qualifies the goods, not the speaker's title: the credit starts at the role.
        assertThat(events("Britain will send new Storm Shadow missiles to Ukraine, Defence Secretary Ben Wallace said.",
                EventType.TRANSFER)).extracting(Event::attributedTo).containsExactly("Defence Secretary Ben Wallace");
        // "neuen" qualifies the package before the verb, not the title after it.
        assertThat(events("Nach dem neuen Paket sagte der russische Präsident Igor Salnikow, die USA hätten der Ukraine HIMARS geliefert.",
                EventType.TRANSFER)).extracting(Event::attributedTo).containsExactly("der russische Präsident Igor Salnikow");
    }
}
