package org.isms4j.oscal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.isms4j.annexa.ControlTextProvider;
import org.isms4j.core.IsmsException;
import org.isms4j.core.plan.PlanItem;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.testkit.CanonicalFixture;
import org.junit.jupiter.api.Test;

/** Bad input is rejected with the project's exception and message, nulls with the parameter's name. */
class BadInputTest {

    private static final RiskRegister REGISTER = CanonicalFixture.treated();
    private static final TreatmentPlan PLAN = CanonicalFixture.plan();
    private static final OscalExporter OSCAL = Documents.OSCAL;

    @Test
    void of_rejectsNullsAndABlankVersion() {
        assertThatThrownBy(() -> OscalExporter.of(null, "1")).isInstanceOf(NullPointerException.class)
                .hasMessage("clock");
        assertThatThrownBy(() -> OscalExporter.of(Documents.CLOCK, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("version");
        assertThatThrownBy(() -> OscalExporter.of(Documents.CLOCK, " \t"))
                .isInstanceOf(IsmsException.class).hasMessage("Invalid value for version (must not be blank): ' \\u0009'");
    }

    @Test
    void catalog_rejectsNulls() {
        assertThatThrownBy(() -> OSCAL.catalog(null)).isInstanceOf(NullPointerException.class).hasMessage("locale");
        assertThatThrownBy(() -> OSCAL.catalog(null, Locale.ENGLISH)).isInstanceOf(NullPointerException.class)
                .hasMessage("provider");
        assertThatThrownBy(() -> OSCAL.writeCatalog(ControlTextProvider.none(), Locale.ENGLISH, null))
                .isInstanceOf(NullPointerException.class).hasMessage("out");
        assertThatThrownBy(() -> OSCAL.writeMapping(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("out");
    }

    @Test
    void poam_rejectsNullsAndABlankOrganization() {
        assertThatThrownBy(() -> OSCAL.poam(null, REGISTER, PLAN)).isInstanceOf(NullPointerException.class)
                .hasMessage("organization");
        assertThatThrownBy(() -> OSCAL.poam("Org", null, PLAN)).isInstanceOf(NullPointerException.class)
                .hasMessage("register");
        assertThatThrownBy(() -> OSCAL.poam("Org", REGISTER, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("plan");
        assertThatThrownBy(() -> OSCAL.writePoam("Org", REGISTER, PLAN, null))
                .isInstanceOf(NullPointerException.class).hasMessage("out");
        assertThatThrownBy(() -> OSCAL.poam("", REGISTER, PLAN)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for organization (must not be blank): ''");
    }

    @Test
    void poam_rejectsAnEmptyRegister() {
        RiskRegister empty = REGISTER.withRisks(List.of());
        assertThatThrownBy(() -> OSCAL.poam("Org", empty, TreatmentPlan.of(List.of())))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid risk register for a POA&M: it has at least one risk (has none)");
    }

    @Test
    void poam_rejectsAPlanRowTracingToAnotherRisk() {
        TreatmentPlan stray = TreatmentPlan.of(List.of(PlanItem.newBuilder().number(1)
                .control(CanonicalFixture.TRAINING).tasks(List.of("教材作成")).owner("ISMS事務局")
                .plannedStart(LocalDate.of(2023, 9, 1)).plannedEnd(LocalDate.of(2023, 11, 30))
                .riskNumbers(List.of(7)).build()));
        assertThatThrownBy(() -> OSCAL.poam("Org", REGISTER, stray)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid plan row 1: it traces to risk 7, which is not in the register");
        assertThatThrownBy(() -> OSCAL.writePoam("Org", REGISTER, stray, new ByteArrayOutputStream()))
                .isInstanceOf(IsmsException.class);
    }

    @Test
    void blankEcho_isCutShort() {
        String blank = " ".repeat(100);
        assertThatThrownBy(() -> OscalExporter.of(Documents.CLOCK, blank)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for version (must not be blank): '" + " ".repeat(64) + "…'");
    }

    @Test
    void ids_rejectNulls() {
        assertThatThrownBy(() -> OscalIds.controlId((org.isms4j.annexa.ControlId) null))
                .isInstanceOf(NullPointerException.class).hasMessage("id");
        assertThatThrownBy(() -> OscalIds.groupId(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("theme");
        assertThatThrownBy(() -> MappingRelationship.between(null, org.isms4j.annexa.ControlId.parse("5.1")))
                .isInstanceOf(NullPointerException.class).hasMessage("from");
    }
}
