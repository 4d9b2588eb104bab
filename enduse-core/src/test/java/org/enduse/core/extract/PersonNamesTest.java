package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Persons the catalog does not know, in the six languages of the real reports: by a given name of
 * the lexicon, by a role or form of address, with particles, initials and declined surnames, and the
 * words that look like names but are not. Every name and sentence is made up for this test.
 */
class PersonNamesTest {
    private static final Extractor STANDARD = Extractor.standard(sink -> { });

    private static List<Mention> persons(String text) {
        return STANDARD.extract(TestNames.document("t.txt", text), null).mentions().stream().filter(m -> m.kind() == MentionKind.PERSON).toList();
    }

    private static List<String> names(String text) {
        return persons(text).stream().map(Mention::text).toList();
    }

    @Test
    void aGivenNameAndTheCapitalisedWordsAfterItNameAPerson() {
        assertThat(names("The figures were checked by Ellen Marsh and Viatcheslav Orlov before the vote.")).containsExactly("Ellen Marsh", "Viatcheslav Orlov");
        assertThat(names("Daarover sprak Caroline Verbeke met Pieter-Jan Claes.")).containsExactly("Caroline Verbeke", "Pieter-Jan Claes");
        assertThat(names("Олег Самойленко та Карін Браун прибули першими.")).containsExactly("Олег Самойленко", "Карін Браун");
        assertThat(names("Слова FRIEDEMANN WEBER передала пресс-служба.")).containsExactly("FRIEDEMANN WEBER");
        // Common Ukrainian and Russian given names, declined as the text declines them.
        assertThat(names("Про це розповіли Ростислав Гнатюк і Христина Левчук.")).containsExactly("Ростислав Гнатюк", "Христина Левчук");
        assertThat(names("Об этом сообщили Глеб Корнеев и Ксения Лаврова.")).containsExactly("Глеб Корнеев", "Ксения Лаврова");
    }

    @Test
    void givenNamesOfTheGeneratedListNameAPersonAndWordsAmongThemDoNot() {
        // given-names.tsv (tools/givennames): names lexicon.tsv does not list, Nordic ones included.
        assertThat(names("Het rapport kwam van Ylva Berglund en Wessel Kooistra.")).containsExactly("Ylva Berglund", "Wessel Kooistra");
        assertThat(names("Selon Matthieu Garnier, la commande est passée.")).containsExactly("Matthieu Garnier");
        assertThat(names("Про це написала Ксенія Мельник.")).containsExactly("Ксенія Мельник");
        // "Jan" is also January's abbreviation: as a given name it starts the name all the same.
        assertThat(names("The count was done by Jan Verbeke in March.")).containsExactly("Jan Verbeke");
        // German and French spellings of Ukrainian and Russian given names.
        assertThat(names("Das bestätigten Mychailo Kowal und Tetjana Bondar.")).containsExactly("Mychailo Kowal", "Tetjana Bondar");
        assertThat(names("Selon Oleksi Marchenko, tout est arrivé.")).containsExactly("Oleksi Marchenko");
        // "Osten" (east) and Russian "власти" (authorities, the stem of the name Власта) stay words.
        assertThat(names("Im Osten der Ukraine wird gekämpft.")).isEmpty();
        assertThat(names("Власти Германии одобрили поставку.")).isEmpty();
    }

    @Test
    void westernGivenNamesInCyrillicNameAPersonInTheirCases() {
        assertThat(names("В посольстве журналисты поговорили с Тоддом Меркли и Робертом Келлером.")).containsExactly("Тоддом Меркли", "Робертом Келлером");
        assertThat(names("У посольстві журналісти поговорили з Полом Гарднером і Річардом Беллом.")).containsExactly("Полом Гарднером", "Річардом Беллом");
    }

    @Test
    void aRussianGivenNameInEiDeclinedJoinsTheSurnameTheCatalogKnows() {
        // Сергей, Андрей, Алексей: "Сергея" and "Сергей" now meet at one stem; "Андрея" is no Andria (Андрия).
        var ru = STANDARD.extract(TestNames.document("t.txt", "Слова Сергея Шойгу опровергли, как и слова Андрея Белоусова."), null).mentions();
        assertThat(ru).filteredOn(m -> m.kind() == MentionKind.PERSON).extracting(Mention::text).containsExactly("Сергея Шойгу", "Андрея Белоусова");
        assertThat(ru).noneMatch(m -> m.kind() == MentionKind.PLACE);
    }

    @Test
    void aSurnameAloneAfterAFullNameWithAMiddleNameIsThePerson() {
        assertThat(names("Троэльс Лунд Поульсен посетил судоверфь. По словам Поульсена, всё готово.")).containsExactly("Троэльс Лунд Поульсен", "Поульсена");
        assertThat(names("Jens Erik Halvorsen arrived first. Halvorsen left at noon.")).containsExactly("Jens Erik Halvorsen", "Halvorsen");
        // A particle stays with the surname: "van Dam" is not "Dam".
        assertThat(names("Niels van Dam sprak eerst. Daarna bouwde men een Dam.")).containsExactly("Niels van Dam");
    }

    @Test
    void particlesFollowTheGivenNameNotTheSurname() {
        assertThat(names("Kamerlid Niels van Dam sprak met minister Karin Bosman van Defensie.")).containsExactly("Niels van Dam", "Karin Bosman");
        assertThat(names("Le député Régis de Montfort a parlé.")).containsExactly("Régis de Montfort");
    }

    @Test
    void aRoleOrAFormOfAddressNamesThePersonAfterItAndTheBodyBetweenIsSkipped() {
        var uk = persons("Речниця Білого дому Карін Браун розповіла про це.");
        assertThat(uk).extracting(Mention::text).containsExactly("Карін Браун");
        assertThat(uk.get(0).role()).isEqualTo("spokesperson");
        assertThat(names("Глава ДНР Ян Гагарин выступил.")).containsExactly("Ян Гагарин");
        assertThat(names("Darauf antwortete Frau Kühnert am Dienstag.")).containsExactly("Kühnert");
        assertThat(names("Selon Mme Lemaire, la livraison est faite.")).containsExactly("Lemaire");
        assertThat(persons("Die Parlamentarische Staatssekretärin Petra Kühnert antwortete.")).extracting(Mention::role).containsExactly("secretary");
    }

    @Test
    void laterMentionsOfTheSurnameAlsoDeclined() {
        assertThat(names("Глава администрации Ян Гагарин встретился с Олегом Сомовым. Сомов и Гагарина поддержали план."))
                .containsExactly("Ян Гагарин", "Олегом Сомовым", "Сомов", "Гагарина");
        assertThat(names("Kamerlid Niels van Dam vroeg het. Van Dam wil antwoord.")).containsExactly("Niels van Dam", "Van Dam");
    }

    @Test
    void wordsThatLookLikeNamesAreNot() {
        // "Elke" (each) before an abbreviation, "Frans" (French) before a name, "Нині" (now) before a known surname.
        assertThat(names("Elke PAC-3 raket kost veel geld.")).isEmpty();
        assertThat(names("Het Frans Caesar-kanon staat klaar.")).isEmpty();
        assertThat(names("Christian Democrats and Social Democrats voted for the package.")).isEmpty();
        // A country read only through its stem gives way to a person: "Georges" is no Géorgie.
        assertThat(names("Des questions de Georges Vasseur sont restées sans réponse.")).containsExactly("Georges Vasseur");
    }

    @Test
    void aKnownPersonIsWidenedOnlyByGivenNamesBeforeTheName() {
        assertThat(names("Volodimir Zelensky sprak met minister Ollongren van Defensie.")).contains("Volodimir Zelensky", "Ollongren");
        assertThat(names("Die Soldaten von Wladimir Putins Invasionsarmee zogen ab.")).contains("Wladimir Putins");
    }

    @Test
    void aSurnameTheCatalogListsInEnglishTakesTheGermanAndDutchGenitiveS() {
        assertThat(names("Die Entscheidung Bidens kam spät, und die Regierung Joe Bidens schwieg dazu.")).containsExactly("Bidens", "Joe Bidens");
        assertThat(names("Onder Trumps voorganger kreeg het land meer steun van de regering.")).containsExactly("Trumps");
    }
}
