package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 50's parliamentary questions (docs/devset.md, "Round 50, inquiries"): a member of parliament questioning the
 * government is an inquiry by the parliament's state into that same state, whatever state the question is about.
 */
class ParliamentaryQuestionTest {
    private static List<Event> inquiries(String text) {
        return TestNames.events(text, EventType.INQUIRY);
    }

    @Test
    void aQuestionToTheGovernmentIsItsStatesInquiryIntoItself() {
        assertThat(inquiries("Die Bundesregierung beantwortete eine Kleine Anfrage zu den Panzern für die Ukraine."))
                .extracting(Event::by, Event::target, Event::kind).containsExactly(tuple("DE", "DE", "explanation"));
        assertThat(inquiries("In de Tweede Kamer werden Kamervragen gesteld over de wapens voor Oekraïne."))
                .extracting(Event::by, Event::target).containsExactly(tuple("NL", "NL"));
        assertThat(inquiries("The House of Representatives held a hearing on the oversight of weapons in Ukraine."))
                .extracting(Event::by, Event::target).containsExactly(tuple("US", "US"));
    }

    @Test
    void aQuestionNamedAgainIsTheLastOnesAndOneWithNoStateIsNone() {
        assertThat(inquiries("Die Bundesregierung beantwortete eine Kleine Anfrage zu den Panzern für die Ukraine. "
                + "Die Kleine Anfrage betraf auch Munition.")).extracting(Event::by).containsExactly("DE", "DE");
        assertThat(inquiries("A hearing on the tanks for Ukraine is set for May.")).isEmpty();
    }
}
