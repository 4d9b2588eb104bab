package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/** A permission to use arms gives nothing; a permission to give them stays `approved`. Sentences written for these tests. */
class PermissionToUseTest {
    @Test
    void permissionToUseArmsIsNoTransfer() {
        assertThat(events("Norway has allowed Ukraine to use its howitzers against targets inside Russia.", EventType.TRANSFER)).isEmpty();
        assertThat(events("Finnland hat der Ukraine erlaubt, die Haubitzen gegen Ziele in Russland einzusetzen.", EventType.TRANSFER)).isEmpty();
        assertThat(events("Noorwegen geeft Oekraïne toestemming om de houwitsers in Rusland in te zetten.", EventType.TRANSFER)).isEmpty();
        assertThat(events("La Finlande a autorisé l'Ukraine à utiliser ses obusiers contre des cibles en Russie.", EventType.TRANSFER)).isEmpty();
        assertThat(events("Фінляндія дозволила Україні використовувати гаубиці по цілях у Росії.", EventType.TRANSFER)).isEmpty();
        assertThat(events("Норвегия одобрила удары гаубицами по территории России.", EventType.TRANSFER)).isEmpty();
    }

    @Test
    void permissionToGiveStaysApproved() {
        assertThat(events("Finland approved the transfer of six howitzers to Ukraine.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("FI", "UA", "approved"));
        // The giving the permission names comes first: the use after it is the receiver's, the permission is to pass on.
        assertThat(events("Finland approved the transfer of howitzers to Ukraine, which will use them near Kharkiv.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("FI", "UA", "approved"));
        // Review of round 54: a use after the goods, after a clause break, or after a giving noun before a last verb is the receiver's.
        assertThat(events("Sweden approved 10 CV90 vehicles for Ukraine, which will use them near Kharkiv.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("SE", "UA", "approved"));
        assertThat(events("Congress approved 24 Patriot missiles for Ukraine to use against Russian drones, the Pentagon said on Monday.",
                EventType.TRANSFER)).extracting(Event::recipient, Event::status).containsExactly(tuple("UA", "approved"));
        assertThat(events("The Netherlands said on Monday it had approved the export of F-16 fighter jets to Ukraine, which may use them to strike targets in Russia.",
                EventType.TRANSFER)).extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("NL", "UA", "approved"));
        assertThat(events("Die Bundesregierung hat die Lieferung von 18 Leopard-Panzern an die Ukraine genehmigt, die Kiew gegen russische Stellungen einsetzen will.",
                EventType.TRANSFER)).extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("DE", "UA", "approved"));
        assertThat(events("Nederland heeft de levering van 24 F-16's aan Oekraïne goedgekeurd, die Kyiv tegen Russische doelen wil inzetten.",
                EventType.TRANSFER)).extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("NL", "UA", "approved"));
    }
}
