package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ukrainian and Russian legislatures named by their state: the state in the genitive after the head, or its adjective before it. */
class SlavicLegislaturesRound61Test {
    private static List<String> organisations(String text) {
        return TestNames.bundledTexts(text, MentionKind.ORGANIZATION);
    }

    @Test
    void aLegislatureWithItsStateAfterItIsOneBody() {
        assertThat(organisations("Сьогодні парламент Естонії знову зібрався на засідання.")).containsExactly("парламент Естонії");
        assertThat(organisations("Під час слухань у Сенаті Польщі виступили експерти.")).containsExactly("Сенаті Польщі");
        assertThat(organisations("Голосование в парламенте Финляндии перенесли.")).containsExactly("парламенте Финляндии");
        assertThat(organisations("Решение сейма Латвии о помощи опубликовано в пятницу.")).containsExactly("сейма Латвии");
        var found = TestNames.bundledMentions("Заседание парламента Болгарии продолжилось.");
        assertThat(found).noneMatch(m -> m.kind() == MentionKind.COUNTRY);
    }

    @Test
    void aLegislatureWithItsStatesAdjectiveBeforeItIsOneBody() {
        assertThat(organisations("Во время заседания британского парламента министр ответил на вопросы.")).containsExactly("британского парламента");
        assertThat(organisations("Болгарский парламент собрался на внеочередное заседание, сообщили в Софии.")).containsExactly("Болгарский парламент");
        assertThat(organisations("Литовський парламент зібрався на засідання.")).containsExactly("Литовський парламент");
    }

    @Test
    void aBareLegislatureOrItsMembersNameNoBody() {
        assertThat(organisations("Прем'єр звернувся до парламенту з доповіддю.")).isEmpty();
        assertThat(organisations("Депутаты парламента обсудили вопрос.")).isEmpty();
        assertThat(organisations("Парламентарі Австрії відвідали Київ.")).isEmpty();
        assertThat(organisations("Парламентские выборы в Румынии пройдут осенью.")).isEmpty();
        assertThat(organisations("Посол Нідерландів виступив у парламенті.")).isEmpty();
    }

    @Test
    void aGovernmentDescribedByItsStateStaysTheCountry() {
        assertThat(organisations("Эстонское правительство одобрило пакет.")).isEmpty();
        assertThat(organisations("Уряд Литви схвалив постанову.")).isEmpty();
    }
}
