package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Counts and amounts that need the words around them: a multiplier with no number, an amount whose
 * currency the sentence named before, half a million, crowns by their nationality, pieces of what
 * follows, a Slavic "one" that denies or adds, and a part of what was counted before. Every sentence
 * is written for this test. The bundled catalog is used.
 */
class AmountsReadInContextTest {
    private static List<Mention> found(String text, MentionKind kind) {
        return TestExtractions.found(text, kind);
    }

    @Test
    void aPluralMultiplierWithNoNumberIsNoAmount() {
        assertThat(found("Der Westen hat seither Milliarden Euro ausgegeben.", MentionKind.MONEY)).isEmpty();
        assertThat(found("Des milliards de dollars ont été promis.", MentionKind.MONEY)).isEmpty();
        // The country in the currency's name is no mention of the state, amount or not; "US" alone still is.
        assertThat(found("Die Staaten gaben Waffen für Milliarden US-Dollar.", MentionKind.COUNTRY)).isEmpty();
        assertThat(found("Die US haben Waffen geliefert.", MentionKind.COUNTRY)).extracting(Mention::text).containsExactly("US");
        // The singular with its article is an amount.
        assertThat(found("Un millier d'euros a été versé.", MentionKind.MONEY)).extracting(Mention::text, Mention::currency)
                .containsExactly(tuple("Un millier d'euros", "EUR"));
    }

    @Test
    void millionsWithoutACurrencyTakeTheCurrencyOfTheAmountBeforeThemInTheSentence() {
        assertThat(found("Le fonds a reçu 233 millions d'euros, contre 25 milliards pour la banque et 1,8 milliard pour l'agence.", MentionKind.MONEY))
                .extracting(Mention::text, Mention::currency)
                .containsExactly(tuple("233 millions d'euros", "EUR"), tuple("25 milliards", "EUR"), tuple("1,8 milliard", "EUR"));
        // A sentence later the labels disagree, so nothing is read.
        assertThat(found("Het fonds kreeg 20 miljoen euro. Van het bedrag gaat 15 miljoen naar de bank.", MentionKind.MONEY))
                .extracting(Mention::text).containsExactly("20 miljoen euro");
        // What a number counts is no amount: "2 millions de personnes".
        assertThat(found("L'aide atteint 90 millions d'euros pour 2 millions de personnes.", MentionKind.MONEY))
                .extracting(Mention::text).containsExactly("90 millions d'euros");
    }

    @Test
    void currenciesByTheirNationalityAndAfterFrenchDe() {
        assertThat(found("Das Werk kostete 400 Millionen schwedische Kronen, die Prämie 700.000 Rubel.", MentionKind.MONEY))
                .extracting(Mention::text, Mention::currency)
                .containsExactly(tuple("400 Millionen schwedische Kronen", "SEK"), tuple("700.000 Rubel", "RUB"));
        assertThat(found("Ремонт обошёлся в 90 млн датских крон.", MentionKind.MONEY)).extracting(Mention::currency).containsExactly("DKK");
        assertThat(found("Il reste 100 millions d’€ à payer.", MentionKind.MONEY)).extracting(Mention::text, Mention::amount)
                .containsExactly(tuple("100 millions d’€", new BigDecimal("1E+8")));
        // U+02BC, the modifier letter apostrophe, is an apostrophe like U+2019, not a letter of "d".
        assertThat(found("Il reste 100 millions d\u02BC€ à payer.", MentionKind.MONEY)).extracting(Mention::text, Mention::currency)
                .containsExactly(tuple("100 millions d\u02BC€", "EUR"));
        assertThat(found("The fund pays out $3b this year.", MentionKind.MONEY)).extracting(Mention::text, Mention::amount)
                .containsExactly(tuple("$3b", new BigDecimal("3E+9")));
    }

    @Test
    void halfAMultiplierAndPiecesOfWhatFollows() {
        assertThat(found("Er liggen een half miljoen artilleriegranaten en 30.000 stuks bijbehorende munitie.", MentionKind.QUANTITY))
                .extracting(Mention::text, m -> m.amount().intValue(), Mention::unit)
                .containsExactly(tuple("een half miljoen artilleriegranaten", 500_000, "rounds"), tuple("30.000 stuks bijbehorende munitie", 30_000, "rounds"));
        assertThat(found("Через пункт провезли около 3,5 тыс. единиц стрелкового оружия.", MentionKind.QUANTITY))
                .extracting(Mention::text).containsExactly("3,5 тыс. единиц стрелкового оружия");
        assertThat(found("The convoy carried 38,000 tons of diesel fuel.", MentionKind.QUANTITY))
                .extracting(Mention::text, Mention::unit).containsExactly(tuple("38,000 tons of diesel fuel", "tonnes"));
        // A word met only through the stem of a noun ("gewonden") ends the count.
        assertThat(found("Bij de aanval raakten negen burgers gewond.", MentionKind.QUANTITY)).extracting(Mention::text).containsExactly("negen burgers");
    }

    @Test
    void aSlavicOneAfterNotASingleOrOneMoreCountsNothing() {
        assertThat(found("Поставщик не отправил ни одного снаряда.", MentionKind.QUANTITY)).isEmpty();
        assertThat(found("Войска уничтожили ещё один танк.", MentionKind.QUANTITY)).isEmpty();
        assertThat(found("Войска уничтожили один танк.", MentionKind.QUANTITY)).extracting(Mention::text).containsExactly("один танк");
    }

    @Test
    void aNumberAfterARelativePartitiveOrBeforeMoreCountsWhatWasCountedBefore() {
        assertThat(found("Bij de aanval raakten negen burgers gewond, waarvan drie ernstig.", MentionKind.QUANTITY))
                .extracting(Mention::text, Mention::unit).containsExactly(tuple("negen burgers", "persons"), tuple("drie", "persons"));
        assertThat(found("Neuf ouvriers ont été blessés, dont trois gravement.", MentionKind.QUANTITY))
                .extracting(Mention::text, Mention::unit).containsExactly(tuple("Neuf ouvriers", "persons"), tuple("trois", "persons"));
        assertThat(found("Deutschland hat 90 Marder geliefert, 30 weitere sollen folgen.", MentionKind.QUANTITY))
                .extracting(Mention::text).containsExactly("90 Marder", "30 weitere");
        assertThat(found("La Pologne a livré quatre chars. Dix autres devraient suivre.", MentionKind.QUANTITY))
                .extracting(Mention::text).containsExactly("quatre chars", "Dix autres");
        // The nearest count before, not the last one read.
        assertThat(found("L'usine a produit 24 canons, en plus des 12 déjà livrés. Neuf ouvriers ont été blessés, dont trois gravement.", MentionKind.QUANTITY))
                .extracting(Mention::text, Mention::unit)
                .containsExactly(tuple("24 canons", "items"), tuple("12", "items"), tuple("Neuf ouvriers", "persons"), tuple("trois", "persons"));
    }

    @Test
    void personsCountedBySourcesOfficialsAndStaff() {
        assertThat(found("Про це розповіли три поінформовані джерела.", MentionKind.QUANTITY))
                .extracting(Mention::text, Mention::unit).containsExactly(tuple("три поінформовані джерела", "persons"));
        assertThat(found("L'usine compte 1.480 salariés.", MentionKind.QUANTITY)).extracting(Mention::unit).containsExactly("persons");
        // The body the persons belong to, a genitive, is part of what is counted.
        assertThat(found("Підозру повідомили двом представникам товариства.", MentionKind.QUANTITY))
                .extracting(Mention::text).containsExactly("двом представникам товариства");
    }
}
