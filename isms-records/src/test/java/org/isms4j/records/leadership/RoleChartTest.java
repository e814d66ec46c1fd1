package org.isms4j.records.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isms4j.core.IsmsException;
import org.isms4j.records.example.ExampleCompany;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoleChartTest {

    private static final RoleChart CHART = ExampleCompany.roles();
    private static final List<String> DUTY = List.of("ISMSとその実施状況に関わる監査を統括する");

    @ParameterizedTest
    @EnumSource(IsmsRole.class)
    void reportingLine_everyRoleEndsAtTopManagement(IsmsRole role) {
        for (RoleAssignment assignment : CHART.holders(role)) {
            List<IsmsRole> line = CHART.reportingLine(assignment);
            assertThat(line.get(0)).isEqualTo(role);
            assertThat(line.get(line.size() - 1)).isEqualTo(IsmsRole.TOP_MANAGEMENT);
        }
        assertThat(CHART.holders(role)).isNotEmpty();
        assertThat(IsmsRole.ofCode(role.code())).isEqualTo(role);
    }

    @Test
    void sourceRoles_japaneseNames() {
        assertThat(IsmsRole.values()).extracting(r -> r.getDisplayName(Locale.JAPANESE)).contains("トップマネジメント",
                "情報セキュリティ委員長", "ISMS内部監査責任者", "ISMS教育責任者", "ISMS文書管理責任者", "ISMS事務局", "部門管理者");
    }

    @Test
    void internalAuditLead_reportsToTopManagement() {
        RoleAssignment lead = CHART.holder(IsmsRole.INTERNAL_AUDIT_LEAD).orElseThrow();
        assertThat(lead.reportsTo()).contains(IsmsRole.TOP_MANAGEMENT);
        assertThat(CHART.reportingLine(lead)).containsExactly(IsmsRole.INTERNAL_AUDIT_LEAD, IsmsRole.TOP_MANAGEMENT);
        assertThatThrownBy(() -> lead.reportingTo(IsmsRole.COMMITTEE_CHAIR)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid assignment of internal_audit_lead to '鈴木 一郎': the internal audit lead reports "
                        + "to top_management, not to committee_chair");
        assertThat(lead.reportingTo(IsmsRole.TOP_MANAGEMENT)).isSameAs(lead);
    }

    @Test
    void topManagement_reportsToNoOne() {
        RoleAssignment top = CHART.holder(IsmsRole.TOP_MANAGEMENT).orElseThrow();
        assertThat(top.reportsTo()).isEmpty();
        assertThatThrownBy(() -> top.reportingTo(IsmsRole.COMMITTEE_CHAIR)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid assignment of top_management to '山田 太郎': top management reports to no one, "
                        + "not to committee_chair");
    }

    @Test
    void role_reportingToItself_isRejected() {
        RoleAssignment chair = CHART.holder(IsmsRole.COMMITTEE_CHAIR).orElseThrow();
        assertThatThrownBy(() -> chair.reportingTo(IsmsRole.COMMITTEE_CHAIR)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid assignment of committee_chair to '佐藤 花子': it reports to another role, not to "
                        + "committee_chair");
    }

    @Test
    void chart_circle_isRejected() {
        List<RoleAssignment> assignments = new ArrayList<>(CHART.assignments());
        assignments.replaceAll(a -> a.role() == IsmsRole.COMMITTEE_CHAIR ? a.reportingTo(IsmsRole.EDUCATION_LEAD) : a);
        assertThatThrownBy(() -> RoleChart.of(assignments)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid role chart: the reporting line of committee_chair runs in a circle: "
                        + "committee_chair -> education_lead -> committee_chair");
    }

    @Test
    void chart_withoutTopManagement_isRejected() {
        assertThatThrownBy(() -> RoleChart.of(List.of(RoleAssignment.of(IsmsRole.INTERNAL_AUDIT_LEAD, "鈴木", DUTY,
                List.of())))).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid role chart: it assigns top_management");
    }

    @Test
    void chart_reportingToUnassignedRole_isRejected() {
        RoleAssignment top = CHART.holder(IsmsRole.TOP_MANAGEMENT).orElseThrow();
        RoleAssignment educator = CHART.holder(IsmsRole.EDUCATION_LEAD).orElseThrow();
        assertThatThrownBy(() -> RoleChart.of(List.of(top, educator))).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid role chart: education_lead '高橋 次郎' reports to committee_chair, which is not "
                        + "assigned");
    }

    @Test
    void chart_reportingToRoleOfSeveralHolders_isRejected() {
        List<RoleAssignment> assignments = new ArrayList<>(CHART.assignments());
        assignments.replaceAll(a -> a.role() == IsmsRole.EDUCATION_LEAD ? a.reportingTo(IsmsRole.SECRETARIAT) : a);
        assertThatThrownBy(() -> RoleChart.of(assignments)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid role chart: education_lead '高橋 次郎' reports to secretariat, which is held by "
                        + "several people");
    }

    @Test
    void chart_singleRoleTwice_isRejected() {
        List<RoleAssignment> assignments = new ArrayList<>(CHART.assignments());
        assignments.add(RoleAssignment.of(IsmsRole.INTERNAL_AUDIT_LEAD, "別人", DUTY, List.of()));
        assertThatThrownBy(() -> RoleChart.of(assignments)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid role chart: internal_audit_lead is assigned twice, to '鈴木 一郎' and '別人'");
    }

    @Test
    void chart_departmentWithTwoHeads_isRejected() {
        List<RoleAssignment> assignments = new ArrayList<>(CHART.assignments());
        assignments.add(RoleAssignment.ofDepartmentHead("営業", "別人", DUTY, List.of()));
        assertThatThrownBy(() -> RoleChart.of(assignments)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid role chart: duplicate department head of '営業'");
        assertThat(CHART.holders(IsmsRole.DEPARTMENT_HEAD)).hasSize(2);
        assertThatThrownBy(() -> CHART.holder(IsmsRole.DEPARTMENT_HEAD)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid role for a single holder: department_head may be held by several people");
    }

    @Test
    void assignment_departmentOnlyForDepartmentHeads() {
        assertThatThrownBy(() -> RoleAssignment.ofDepartmentHead(" ", "中村", DUTY, List.of()))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for department (must not be blank): ' '");
        assertThatThrownBy(() -> RoleAssignment.of(IsmsRole.DEPARTMENT_HEAD, "中村", DUTY, List.of()))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid assignment of department_head to '中村': a department head names the department");
        assertThatThrownBy(() -> RoleAssignment.of(IsmsRole.SECRETARIAT, "伊藤", List.of(), List.of()))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid assignment of secretariat to '伊藤': it has at least one responsibility");
    }

    @Test
    void toTable_sourceColumns() {
        assertThat(CHART.toTable(Locale.JAPANESE).toMarkdown()).startsWith("| 名称 | 氏名 | 役割 | 権限 | 報告先 |")
                .contains("| ISMS内部監査責任者 | 鈴木 一郎 | ISMSとその実施状況に関わる監査を統括する | 内部監査員の選定 | トップマネジメント |")
                .contains("| 部門管理者 (営業) | 中村 誠 |");
    }

    @Test
    void policy_revisionRaisesEdition() {
        Policy first = ExampleCompany.policy();
        assertThat(first.editionLabel(Locale.JAPANESE)).isEqualTo("第1版");
        Policy second = first.revise(LocalDate.of(2024, 4, 1), first.approver(), first.objectives());
        assertThat(second.edition()).isEqualTo(2);
        assertThat(second.editionLabel(Locale.ENGLISH)).isEqualTo("Edition 2");
        assertThat(second.company()).isEqualTo(first.company());
        assertThatThrownBy(() -> second.revise(LocalDate.of(2024, 3, 31), first.approver(), first.objectives()))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid policy revision: the date 2024-03-31 of edition 3 is before the date 2024-04-01 "
                        + "of edition 2");
    }

    @Test
    void policy_invalid_isRejected() {
        Policy p = ExampleCompany.policy();
        assertThatThrownBy(() -> Policy.ofEdition(0, p.date(), p.company(), p.approver(), p.objectives()))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for policy edition (valid values 1 - 2147483647): 0");
        assertThatThrownBy(() -> Policy.of(p.date(), p.company(), p.approver(), List.of("同じ", "同じ")))
                .isInstanceOf(IsmsException.class).hasMessage("Invalid policy: duplicate objective '同じ'");
        assertThatThrownBy(() -> Policy.of(p.date(), p.company(), p.approver(), List.of()))
                .isInstanceOf(IsmsException.class).hasMessage("Invalid policy: it has at least one objective");
    }
}
