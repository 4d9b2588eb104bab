package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 38's requests for consent (docs/devset.md, "Round 38, inquiries"): a state asking another's permission to pass
 * arms on is an inquiry of kind request, by the asker into the asked state; a request for arms is none.
 */
class PermissionRequestTest {
    private static List<Event> inquiries(String text) {
        return TestNames.events(text, EventType.INQUIRY);
    }

    @Test
    void aRequestForPermissionIsTheAskersInquiryIntoTheAskedState() {
        assertThat(inquiries("Spain has requested approval from Germany to send six Leopard 2 tanks to Ukraine."))
                .extracting(Event::by, Event::target, Event::kind).containsExactly(tuple("ES", "DE", "request"));
        assertThat(inquiries("La Pologne a demandé à la Suisse l'autorisation de réexporter des munitions vers l'Ukraine."))
                .extracting(Event::by, Event::target, Event::kind).containsExactly(tuple("PL", "CH", "request"));
        assertThat(inquiries("Die Niederlande haben bei der Schweiz eine Genehmigung für die Weitergabe gepanzerter Fahrzeuge an die Ukraine beantragt."))
                .extracting(Event::by, Event::target, Event::kind).containsExactly(tuple("NL", "CH", "request"));
    }

    @Test
    void aRefusedRequestIsTheAskersAndTheRefuserWasAsked() {
        assertThat(inquiries("Швеция отклонила запрос Норвегии о передаче Украине гаубиц Archer."))
                .extracting(Event::by, Event::target).containsExactly(tuple("NO", "SE"));
        // Named again, the request is the last asker's.
        assertThat(inquiries("La Pologne a demandé à la Suisse l'autorisation de réexporter des munitions vers l'Ukraine. "
                + "En avril, la Suisse a rejeté une demande similaire.")).extracting(Event::by, Event::target)
                .containsExactly(tuple("PL", "CH"), tuple("PL", "CH"));
    }

    @Test
    void aRequestForArmsIsNoInquiry() {
        assertThat(inquiries("Kyiv asked its allies for more tanks.")).isEmpty();
        assertThat(inquiries("Kyiv requested more tanks from Germany.")).isEmpty();
    }
}
