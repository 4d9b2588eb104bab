package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 54's joint inquiries (docs/devset.md, "Round 54, inquiries"): states listed as an inquiry's holders each hold
 * it, and none of them is its target; a state listed after the inquiry noun is what it looks into, not a holder.
 */
class JointInquiryTest {
    private static List<Event> inquiries(String text) {
        return TestNames.events(text, EventType.INQUIRY);
    }

    @Test
    void statesListedAsHoldersEachHoldTheInquiry() {
        assertThat(inquiries("Poland and Ukraine carried out a joint audit of the rifles.")).extracting(Event::by, Event::target)
                .containsExactly(tuple("PL", null), tuple("UA", null));
        assertThat(inquiries("Польща та Україна провели спільну перевірку зброї.")).extracting(Event::by).containsExactly("PL", "UA");
        assertThat(inquiries("Deutsche und ukrainische Experten haben eine Inspektion der Lager durchgeführt.")).extracting(Event::by)
                .containsExactly("DE", "UA");
    }

    @Test
    void statesListedAfterTheInquiryNounAreNotItsHolders() {
        assertThat(inquiries("The Pentagon began an audit of rifles sent to Poland and Ukraine.")).extracting(Event::by)
                .containsExactly("US");
    }
}
