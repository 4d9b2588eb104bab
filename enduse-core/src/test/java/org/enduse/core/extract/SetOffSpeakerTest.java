package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/**
 * A speaker set off by commas before the verb of saying is its credit: a title opening the clause with the name after a
 * comma ("The Defence Minister of Germany, Boris Pistorius, announced") is credited by both, as the real-report
 * labellers of batches 53-66 write it 10 times to 3; a name with its role after it ("Rishi Sunak, Prime Minister of the
 * UK, has said") by the name (docs/devset.md, round 57). Short texts written for these tests, through the whole
 * extractor with the test dictionary.
 */
class SetOffSpeakerTest {
    @Test
    void aTitleSetOffBeforeTheNameIsCreditedWithTheName() {
        assertThat(events("The First Deputy Minister of Defence of Ukraine, Oleksandr Pavliuk, announced that Germany has delivered Patriot systems to Ukraine.",
                EventType.TRANSFER)).extracting(Event::attributedTo).containsExactly("The First Deputy Minister of Defence of Ukraine, Oleksandr Pavliuk");
        assertThat(events("Le Premier ministre britannique, Boris Johnson, a déclaré que le Royaume-Uni livrera des missiles Storm Shadow à l'Ukraine.",
                EventType.TRANSFER)).extracting(Event::attributedTo).containsExactly("Le Premier ministre britannique, Boris Johnson");
        assertThat(events("Der ukrainische Botschafter in Deutschland, Oleksij Makejew, erklärte, Deutschland werde der Ukraine 20 Leopard-Panzer liefern.",
                EventType.TRANSFER)).extracting(Event::attributedTo).containsExactly("Der ukrainische Botschafter in Deutschland, Oleksij Makejew");
        assertThat(events("De Amerikaanse minister van Buitenlandse Zaken, Antony Blinken, zei dat de VS twintig F-16-toestellen aan Oekraïne leveren.",
                EventType.TRANSFER)).extracting(Event::attributedTo).containsExactly("De Amerikaanse minister van Buitenlandse Zaken, Antony Blinken");
    }

    @Test
    void aNameWithItsRoleSetOffAfterItIsCreditedByTheName() {
        assertThat(events("Rishi Sunak, Prime Minister of the UK, has said that Britain will send Storm Shadow missiles to Ukraine.",
                EventType.TRANSFER)).extracting(Event::attributedTo).containsExactly("Rishi Sunak");
        assertThat(events("Maria Zakharova, porte-parole du ministère russe des Affaires étrangères, a déclaré que l'OTAN avait envoyé 700 canons à l'Ukraine.",
                EventType.TRANSFER)).extracting(Event::attributedTo).containsExactly("Maria Zakharova");
    }

    @Test
    void aNameSetOffInsideTheClauseIsNoSpeaker() {
        // The title does not open the clause: "after talks with" stands before it, so the minister is whom the giver met.
        assertThat(events("Britain will send Storm Shadow missiles to Ukraine after talks with the Defence Minister of Ukraine, Oleksii Reznikov, said the report.",
                EventType.TRANSFER)).extracting(Event::attributedTo).doesNotContain("the Defence Minister of Ukraine, Oleksii Reznikov");
    }
}
