package org.enduse.core.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.enduse.core.assess.TestData.BELGOROD_OBLAST;
import static org.enduse.core.assess.TestData.line;
import static org.enduse.core.assess.TestData.seen;
import static org.enduse.core.assess.TestData.standardTerms;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.enduse.core.assess.AssessmentEngine;
import org.enduse.core.assess.TestCatalog;
import org.enduse.core.assess.TestData;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.Money;
import org.enduse.core.common.PartialDate;
import org.enduse.core.sighting.Sighting;
import org.enduse.core.transfer.Transfer;
import org.junit.jupiter.api.Test;

class InquiryDrafterTest {
    private final AssessmentEngine engine = TestData.engine();
    private final InquiryDrafter drafter = new InquiryDrafter(new TestCatalog(), new TestCatalog());
    private final Transfer belgian = new Transfer("be-2023-01", "Belgian military aid, January 2023", CountryCode.of("BE"), CountryCode.of("UA"), null,
            PartialDate.parse("2023-01"), Money.of("90000000", "EUR"), List.of(line("l1", "fn-scar", null, "2023-02")), standardTerms(),
            List.of("src-be-announcement"), null);

    private InquiryDrafter.Draft draftFor(Sighting s) {
        engine.putTransfer(belgian);
        engine.putSighting(s);
        return drafter.draft(engine.assessments(s.id()).get(0), s, belgian, LocalDate.of(2023, 6, 6), Period.ofDays(30));
    }

    @Test
    void belgiumAsksUkraineAboutTheScarSeenInBelgorod() {
        InquiryDrafter.Draft d = draftFor(seen("s-scar", "fn-scar").on("2023-05-22").at(BELGOROD_OBLAST).heldBy("rdk").build());

        Inquiry i = d.inquiry();
        assertThat(i.requester()).isEqualTo(CountryCode.of("BE"));
        assertThat(i.responder()).isEqualTo(CountryCode.of("UA"));
        assertThat(i.state()).isEqualTo(InquiryState.DRAFT);
        assertThat(i.deadline()).isEqualTo(LocalDate.of(2023, 7, 6));
        assertThat(i.sightingIds()).containsExactly("s-scar");
        assertThat(i.transferIds()).containsExactly("be-2023-01");
        assertThat(i.assessmentIds()).containsExactly("as_s-scar_be-2023-01_l1");
        assertThat(i.subject()).isEqualTo("End use of FN SCAR supplied under Belgian military aid, January 2023 (be-2023-01), seen in Belgorod Oblast on 2023-05-22");

        String md = d.letter().markdown();
        assertThat(md).contains("**From:** Belgium (BE)", "**To:** Ukraine (UA)", "- Use only within: UA", "- End users: ua-afu and their units",
                "- Held by: Russian Volunteer Corps (rdk)", "(UNAUTHORISED\\_LOCATION: seen outside the permitted territory)",
                "(NON\\_STATE\\_ARMED\\_GROUP: held by a non-state armed group)", "- Source src-be-announcement", "answer by 2023-07-06")
                .doesNotContain("{{");
        String html = d.letter().html();
        assertThat(html).contains("<li>Held by: Russian Volunteer Corps (rdk)</li>", "<strong>Reference:</strong> " + i.id())
                .contains("UNAUTHORISED_END_USER").doesNotContain("{{");
    }

    @Test
    void textFromReportsIsEscapedInBothFormats() {
        Sighting hostile = seen("s-x", "fn-scar").on("2023-05-22").at(BELGOROD_OBLAST).heldByName("<script>alert(1)</script> & [click](javascript:x)")
                .markings("**bold**\n# heading").build();
        engine.putTransfer(belgian);
        engine.putSighting(hostile);

        InquiryDrafter.Draft d = drafter.draft(engine.assessments("s-x").get(0), hostile, belgian, LocalDate.of(2023, 6, 6), Period.ofDays(30));

        assertThat(d.letter().html()).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; [click](javascript:x)").doesNotContain("<script>");
        assertThat(d.letter().markdown()).contains("\\<script\\>", "\\[click\\](javascript:x)", "Markings: \\*\\*bold\\*\\* \\# heading")
                .doesNotContain("<script>");
    }

    @Test
    void aCompliantAssessmentIsNoGroundForAnInquiry() {
        Sighting ok = seen("s-ok", "fn-scar").build();
        engine.putTransfer(belgian);
        engine.putSighting(ok);
        assertThatThrownBy(() -> drafter.draft(engine.assessments("s-ok").get(0), ok, belgian, LocalDate.of(2023, 6, 6), Period.ofDays(30)))
                .hasMessageContaining("compliant: there is nothing to ask");
    }
}
