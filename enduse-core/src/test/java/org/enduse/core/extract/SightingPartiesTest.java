package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/** Who held sighted equipment and where, through the whole extractor with the test dictionary; sentences written for these tests. */
class SightingPartiesTest {
    @Test
    void theForceThatCapturesHoldsTheEquipmentNow() {
        // The captor holds it now; its country is still not where it happened.
        assertThat(events("The Ukrainian army captured a Leopard.", EventType.SIGHTING))
                .extracting(Event::holder, Event::holderCountry, Event::locationCountry).containsExactly(tuple("Armed Forces of Ukraine", "UA", null));
        // A country acting the capture gives the holder's country: the agent of a passive, not the side it was taken from.
        assertThat(events("A Leopard taken from Ukrainian forces was captured by Russian troops.", EventType.SIGHTING))
                .extracting(Event::holder, Event::holderCountry).containsExactly(tuple(null, "RU"));
        assertThat(events("Ein Leopard der ukrainischen Armee wurde von russischen Truppen erbeutet.", EventType.SIGHTING))
                .extracting(Event::holderCountry).containsExactly("RU");
        // English and French put the agent after its participle: "par la France" belongs to "fournis".
        assertThat(events("Des Leopard fournis par la France ont été capturés.", EventType.SIGHTING))
                .extracting(Event::holderCountry).containsExactly((String) null);
    }

    @Test
    void aFrenchForceDescribedByItsNationalityAfterTheAgentCaptures() {
        // French writes the nationality after the force's noun: "par" stands before the noun, not before the state word.
        assertThat(events("Deux chars Leopard ont été capturés par les troupes russes.", EventType.SIGHTING))
                .extracting(Event::holderCountry).containsExactly("RU");
        assertThat(events("Des Leopard saisis par l'armée russe sont exposés.", EventType.SIGHTING))
                .extracting(Event::holderCountry).containsExactly("RU");
        assertThat(events("Trois Leopard sont tombés aux mains des forces russes.", EventType.SIGHTING))
                .extracting(Event::holderCountry).containsExactly("RU");
    }

    @Test
    void theForceThatDestroysHoldsNothing() {
        assertThat(events("The Ukrainian army destroyed a Leopard.", EventType.SIGHTING))
                .extracting(Event::holder, Event::holderCountry, Event::locationCountry).containsExactly(tuple(null, null, null));
        // A force that uses the equipment, or loses it, held it.
        assertThat(events("The Ukrainian army used a Leopard.", EventType.SIGHTING)).extracting(Event::holder, Event::holderCountry)
                .containsExactly(tuple("Armed Forces of Ukraine", "UA"));
        assertThat(events("The Ukrainian army lost a Leopard.", EventType.SIGHTING)).extracting(Event::holder).containsExactly("Armed Forces of Ukraine");
    }

    @Test
    void aStateWordOnTheGoodsBeforeTheirNounOrAfterTheFrenchNameHeldWhatWasDestroyed() {
        // The nationality stands before the goods noun that stands before the name: the side that lost it.
        assertThat(events("Российские военные уничтожили украинский танк Leopard.", EventType.SIGHTING))
                .extracting(Event::holderCountry).containsExactly("UA");
        // French puts the nationality after the name.
        assertThat(events("Des drones russes ont détruit un Leopard ukrainien.", EventType.SIGHTING))
                .extracting(Event::holderCountry).containsExactly("UA");
        // A state word on the means (an instrumental noun, a noun after "mit") is not on the goods destroyed.
        assertThat(events("Российскими дронами танки Leopard были уничтожены под Бахмутом.", EventType.SIGHTING))
                .extracting(Event::holderCountry).containsExactly((String) null);
        assertThat(events("Російськими дронами танк Leopard було знищено під Бахмутом.", EventType.SIGHTING))
                .extracting(Event::holderCountry).containsExactly((String) null);
        assertThat(events("Die russische Armee hat mit russischen Drohnen Leopard-Panzer bei Bachmut zerstört.", EventType.SIGHTING))
                .extracting(Event::holderCountry).containsExactly((String) null);
        // The maker's country stays no holder, before the noun or after the name.
        assertThat(events("Российские военные уничтожили немецкий танк Leopard.", EventType.SIGHTING))
                .extracting(Event::holderCountry).containsExactly((String) null);
        assertThat(events("Des drones russes ont détruit un Leopard allemand.", EventType.SIGHTING))
                .extracting(Event::holderCountry).containsExactly((String) null);
    }

    @Test
    void aCountryAfterAPlacePrepositionAndAnArticleIsWhereItHappened() {
        assertThat(events("Ein Leopard wurde in der Ukraine zerstört.", EventType.SIGHTING)).extracting(Event::locationCountry).containsExactly("UA");
        // "à l'Ukraine" is who receives, not where.
        assertThat(events("Des Leopard livrés à l'Ukraine ont été détruits.", EventType.SIGHTING)).extracting(Event::locationCountry).containsExactly((String) null);
    }

    @Test
    void theCountryAGoodsWasMadeInIsNotWhereItWasSeen() {
        assertThat(events("Russische Truppen haben einen in den USA hergestellten Bradley erbeutet.", EventType.SIGHTING))
                .extracting(Event::locationCountry).containsExactly((String) null);
        assertThat(events("Un char Leopard fabriqué en Allemagne a été détruit.", EventType.SIGHTING))
                .extracting(Event::locationCountry).containsExactly((String) null);
        assertThat(events("Уничтожена машина Bradley, произведенная в США.", EventType.SIGHTING))
                .extracting(Event::locationCountry).containsExactly((String) null);
        // Without the participle the same words tell where.
        assertThat(events("Ein Bradley wurde in der Ukraine zerstört.", EventType.SIGHTING)).extracting(Event::locationCountry).containsExactly("UA");
    }

    @Test
    void aCompassPartOfACountryIsStillWhereItHappened() {
        assertThat(events("A Leopard was destroyed in the south of Ukraine.", EventType.SIGHTING)).extracting(Event::locationCountry).containsExactly("UA");
        assertThat(events("Ein Leopard wurde im Osten der Ukraine zerstört.", EventType.SIGHTING)).extracting(Event::locationCountry).containsExactly("UA");
        assertThat(events("Un char Leopard a été détruit dans l'est de l'Ukraine.", EventType.SIGHTING)).extracting(Event::locationCountry).containsExactly("UA");
        assertThat(events("Танк Leopard знищили на півдні України.", EventType.SIGHTING)).extracting(Event::locationCountry).containsExactly("UA");
        assertThat(events("A Leopard was destroyed in eastern Ukraine.", EventType.SIGHTING)).extracting(Event::locationCountry).containsExactly("UA");
    }

    @Test
    void goodsGivenToASideAreHeldByItWhenUsedOrDestroyed() {
        assertThat(events("Russian artillery destroyed two Leopard tanks that were supplied to Ukraine.", EventType.SIGHTING))
                .extracting(Event::holderCountry).containsExactly("UA");
        assertThat(events("По словам министра, три HIMARS, из переданных Украине, уже уничтожены.", EventType.SIGHTING))
                .extracting(Event::holderCountry).containsExactly("UA");
        assertThat(events("Die Armee zeigte einen an die Ukraine gelieferten Leopard, der zerstört wurde.", EventType.SIGHTING))
                .extracting(Event::holderCountry).containsExactly("UA");
        // A capture is held by its captor, not by the side the goods were given to.
        assertThat(events("Russian troops captured a Leopard tank supplied to Ukraine.", EventType.SIGHTING))
                .extracting(Event::holderCountry).containsExactly("RU");
    }

    @Test
    void theStateUsingTheGoodsHoldsThem() {
        assertThat(events("Ukraine is already using NASAMS against Russian drones.", EventType.SIGHTING))
                .extracting(Event::holder, Event::holderCountry).containsExactly(tuple(null, "UA"));
        assertThat(events("Oekraïne gebruikt HIMARS al maanden tegen Russische depots.", EventType.SIGHTING))
                .extracting(Event::holderCountry).containsExactly("UA");
        assertThat(events("Нині українські бійці використовують американські Bradley на фронті.", EventType.SIGHTING))
                .extracting(Event::holderCountry).containsExactly("UA");
        // The nearest subject before the verb, not the state saying so.
        assertThat(events("Ukraine says Russia used Iranian drones.", EventType.SIGHTING))
                .extracting(Event::holderCountry).containsExactly("RU");
        // A state after a preposition is whom the goods are used against or where; one on the goods is their maker.
        assertThat(events("Die Panzerhaubitze 2000 wird gegen Russland eingesetzt.", EventType.SIGHTING))
                .extracting(Event::holderCountry).containsExactly((String) null);
        assertThat(events("In Ukraine, American HIMARS are used every day.", EventType.SIGHTING))
                .extracting(Event::holderCountry).containsExactly((String) null);
    }
}
