package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 53's arrests (docs/devset.md, "Round 53, inquiries"): an arrest is a criminal case's act, held by the body that
 * makes it, else by the state where it is made; a delivery held back is no arrest, nor one an audit's report tells of.
 */
class ArrestTest {
    private static List<Event> inquiries(String text) {
        return TestNames.events(text, EventType.INQUIRY);
    }

    @Test
    void anArrestIsHeldByTheBodyThatMakesItElseWhereItIsMade() {
        assertThat(inquiries("The SBU detained two men who tried to sell stolen rifles.")).extracting(Event::by).containsExactly("UA");
        assertThat(inquiries("In Hamburg wurden zwei Männer festgenommen, die gestohlene Gewehre verkaufen wollten."))
                .extracting(Event::by, Event::kind).containsExactly(org.assertj.core.groups.Tuple.tuple("DE", "investigation"));
        assertThat(inquiries("В Харькове задержаны двое мужчин, продававших украденные винтовки.")).extracting(Event::by).containsExactly("UA");
    }

    @Test
    void goodsHeldBackOrAnArrestAnAuditTellsOfIsNone() {
        assertThat(inquiries("Німеччина затримала постачання снарядів до України.")).isEmpty();
        assertThat(inquiries("The Pentagon inspector general published a report on the weapons sent to Ukraine. "
                + "“The SBU arrested a group selling stolen rifles,” the report says.")).extracting(Event::kind).containsExactly("audit");
    }

    @Test
    void aidOrDeliveriesHeldBackAreNoInquiryAndKeepTheirGiver() {
        assertThat(inquiries("Республиканцы в Конгрессе США задержали военную помощь Украине.")).isEmpty();
        assertThat(inquiries("Республіканці в Конгресі США затримали військову допомогу Україні.")).isEmpty();
        assertThat(TestNames.events("Германия задержала поставки танков Leopard Украине.", EventType.TRANSFER)).extracting(Event::donor)
                .containsExactly("DE");
        assertThat(inquiries("The SBU detained aid workers who sold stolen rifles.")).extracting(Event::by).containsExactly("UA");
    }

    @Test
    void theBodyNearestBeforeTheCueMakesTheArrest() {
        assertThat(inquiries("The Russian Foreign Ministry said the SBU detained two men who tried to sell stolen rifles."))
                .extracting(Event::by).containsExactly("UA");
    }
}
