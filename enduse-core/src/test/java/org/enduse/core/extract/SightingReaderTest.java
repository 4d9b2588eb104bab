package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/** Sightings the sentence does not report, through the whole extractor with the test dictionary; sentences written for these tests. */
class SightingReaderTest {
    @Test
    void aPassiveInfinitiveIsAUseToCome() {
        assertThat(events("Germany bought Leopard tanks to be used in Ukraine.", EventType.SIGHTING)).isEmpty();
        assertThat(events("La Suisse bloque des obus destinés à être utilisés en Ukraine.", EventType.SIGHTING)).isEmpty();
        assertThat(events("Die Leopard wurden gekauft, um in der Ukraine eingesetzt zu werden.", EventType.SIGHTING)).isEmpty();
        assertThat(events("De Leopard zijn gekocht om in Oekraïne ingezet te worden.", EventType.SIGHTING)).isEmpty();
        // The same participle reported as done is a use.
        assertThat(events("Leopard tanks were used in Ukraine.", EventType.SIGHTING)).hasSize(1);
    }

    @Test
    void whatArmsCanOrMayDoIsAUseToCome() {
        assertThat(events("The Leopard tanks can be deployed in Ukraine quickly.", EventType.SIGHTING)).isEmpty();
        assertThat(events("Ukrainian soldiers will soon be able to deploy the Leopard in Ukraine.", EventType.SIGHTING)).isEmpty();
        assertThat(events("Bevor die Leopard in der Ukraine eingesetzt werden können, braucht es Ausbildung.", EventType.SIGHTING)).isEmpty();
        assertThat(events("Laut Experten können diese Leopard in der Ukraine gegen Drohnen eingesetzt werden.", EventType.SIGHTING)).isEmpty();
        assertThat(events("De Leopard mogen ook in Oekraïne worden ingezet.", EventType.SIGHTING)).isEmpty();
        assertThat(events("ВСУ могут приступить к использованию Leopard на Украине.", EventType.SIGHTING)).isEmpty();
        // An ability told in the past is what happened.
        assertThat(events("Russian troops were able to capture a Leopard tank in Ukraine.", EventType.SIGHTING)).hasSize(1);
    }

    @Test
    void aSlavicFutureAuxiliaryBeforeTheCueIsAUseToCome() {
        assertThat(events("Комплекс Patriot будет развернут в Украине.", EventType.SIGHTING)).isEmpty();
        assertThat(events("Україна матиме на озброєнні Leopard.", EventType.SIGHTING)).isEmpty();
        // The same cue told as done is a sighting.
        assertThat(events("Російські дрони знищили танк Leopard.", EventType.SIGHTING)).hasSize(1);
        assertThat(events("Мы будем применять танки Leopard под Курском.", EventType.SIGHTING)).isEmpty();
        assertThat(events("Україна використовуватиме танки Leopard під Бахмутом.", EventType.SIGHTING)).isEmpty();
        // An auxiliary that governs another infinitive tells nothing of the cue.
        assertThat(events("Россия будет публиковать кадры уничтожения танков Leopard под Курском.", EventType.SIGHTING)).hasSize(1);
    }

    @Test
    void anEnglishFindingByAFinderSightsNoArms() {
        assertThat(events("The Netherlands found spare parts for its Leopard tanks.", EventType.SIGHTING)).isEmpty();
        assertThat(events("Germany said it had found a way to buy Leopard tanks.", EventType.SIGHTING)).isEmpty();
        // Arms found in the passive or after their noun are seen.
        assertThat(events("Leopard tanks were found in Ukraine.", EventType.SIGHTING)).hasSize(1);
        assertThat(events("Leopard tanks, allegedly found with Russian forces in Ukraine.", EventType.SIGHTING)).hasSize(1);
        // Arms as the finding's object are seen.
        assertThat(events("The SBU found British Leopard tanks at a depot near Bakhmut.", EventType.SIGHTING)).hasSize(1);
        assertThat(events("Ukraine found debris of Leopard tanks near Bakhmut.", EventType.SIGHTING)).hasSize(1);
    }

    @Test
    void aUseAPermissionGovernsIsNoSighting() {
        assertThat(events("Администрация США авторизовала использование танков Leopard.", EventType.SIGHTING)).isEmpty();
        assertThat(events("США не давали разрешения на использование танков Leopard.", EventType.SIGHTING)).isEmpty();
        // A use with no permission before it is seen.
        assertThat(events("Украинские военные используют танки Leopard.", EventType.SIGHTING)).hasSize(1);
        // An approved or cleared participle beside a use, or a permission not given, governs no use.
        assertThat(events("Soldiers cleared the trenches using Leopard tanks near Bakhmut.", EventType.SIGHTING)).hasSize(1);
        assertThat(events("Recently approved Leopard tanks were used near Bakhmut.", EventType.SIGHTING)).hasSize(1);
        assertThat(events("Les chars Leopard autorisés ont été utilisés près de Bakhmout.", EventType.SIGHTING)).hasSize(1);
        assertThat(events("Без разрешения США Украина использовала танки Leopard под Курском.", EventType.SIGHTING)).hasSize(1);
    }

    @Test
    void aNegatedCueSightsNothing() {
        assertThat(events("Россияне не уничтожили в Украине ни одной системы HIMARS.", EventType.SIGHTING)).isEmpty();
        assertThat(events("Aucun char Leopard n'a été exposé en Russie.", EventType.SIGHTING)).isEmpty();
        assertThat(events("Le Leopard n'a pas été détruit en Ukraine.", EventType.SIGHTING)).isEmpty();
        // "ne ... que" restricts: still a use.
        assertThat(events("Les soldats ukrainiens n'utilisent les Leopard que dans l'est de l'Ukraine.", EventType.SIGHTING)).hasSize(1);
    }

    @Test
    void showingThatSomethingIsTrueShowsNoArms() {
        assertThat(events("The tests in Ukraine show that the Leopard is reliable.", EventType.SIGHTING)).isEmpty();
        assertThat(events("Die Erfahrungen in der Ukraine zeigen, dass der Leopard zuverlässig ist.", EventType.SIGHTING)).isEmpty();
        // Showing the arms themselves is a sighting.
        assertThat(events("A video shows a Leopard in Ukraine.", EventType.SIGHTING)).hasSize(1);
    }

    @Test
    void anExhibitionOfTheOtherSidesArmsShowsTrophies() {
        assertThat(events("Ein Leopard-Panzer ist das wichtigste Exponat der Ausstellung der russischen Armee.", EventType.SIGHTING))
                .singleElement().satisfies(e -> assertThat(e.status()).isEqualTo("captured"));
        assertThat(events("Российская армия представила на выставке танк Leopard.", EventType.SIGHTING))
                .singleElement().satisfies(e -> assertThat(e.status()).isEqualTo("captured"));
        // The verb of showing alone stays a use.
        assertThat(events("The Leopard tanks were exhibited in Ukraine.", EventType.SIGHTING))
                .singleElement().satisfies(e -> assertThat(e.status()).isEqualTo("in_use"));
    }
}
