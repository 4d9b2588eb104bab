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

    /** After review of round 54: a list only holds an inquiry whose cue it is the subject of, in the cue's own clause. */
    @Test
    void aListOutsideTheCuesClauseOrAnAppositionHoldsNothing() {
        assertThat(inquiries("The US, Ukraine's main backer, launched an audit of the weapons sent to Kyiv.")).extracting(Event::by)
                .containsExactly("US");
        assertThat(inquiries("Russia and Ukraine traded accusations, and the US launched an inquiry into the missile strike."))
                .extracting(Event::by).doesNotContain("UA").hasSize(1);
        assertThat(inquiries("Germany and France said the United States opened an investigation into the diversion of weapons."))
                .extracting(Event::by).doesNotContain("FR").hasSize(1);
    }

    @Test
    void aHeadlineListAndALongerListStillHoldIt() {
        assertThat(inquiries("US, Ukraine Conduct First Ever Joint Audit of Weapons")).extracting(Event::by).containsExactly("US", "UA");
        assertThat(inquiries("US, Ukraine, Germany, France and Poland launched a joint audit.")).extracting(Event::by)
                .containsExactly("US", "UA", "DE", "FR", "PL");
        assertThat(inquiries("Representatives of Ukraine and the US conducted the first joint audit.")).extracting(Event::by)
                .containsExactly("UA", "US");
    }
}
