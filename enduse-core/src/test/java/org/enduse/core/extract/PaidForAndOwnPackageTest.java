package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/**
 * A state paying for or funding arms for another pledges them as buying does; a package that names its own giver and
 * receiver before its contents verb is that transfer, not a part of the one told before. Sentences written for these tests.
 */
class PaidForAndOwnPackageTest {
    @Test
    void payingForArmsForAnotherStatePledgesThem() {
        assertThat(events("Ook Zweden betaalt mee aan nieuwe luchtafweerraketten voor Oekraïne.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("SE", "UA", "pledged"));
        assertThat(events("La Norvège va financer l'achat d'obus d'artillerie pour l'Ukraine.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("NO", "UA"));
        assertThat(events("Canada will fund 40 armoured vehicles for Ukraine.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("CA", "UA"));
    }

    @Test
    void payingWithoutAForStillTellsNothing() {
        assertThat(events("Oekraïne hoeft er zo goed als zeker niets voor te betalen.", EventType.TRANSFER)).isEmpty();
    }

    @Test
    void aPackageNamingItsGiverAndReceiverIsThatTransfer() {
        assertThat(events("The next US military aid package for Ukraine may include four HIMARS.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("US", "UA", "pledged"));
        assertThat(events("Duitsland stuurde tanks naar Polen. Het nieuwe Duitse pakket voor Oekraïne omvat vier houwitsers.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).contains(tuple("DE", "UA"));
    }

    @Test
    void aPackageWithoutItsOwnGiverStillBelongsToTheTransferToldBefore() {
        assertThat(events("The package for Ukraine includes 20 howitzers.", EventType.TRANSFER)).isEmpty();
        assertThat(events("The United States announced a new package for Ukraine. It comprises four HIMARS launchers.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("US", "UA"),
                        tuple("US", "UA"));
    }
}
