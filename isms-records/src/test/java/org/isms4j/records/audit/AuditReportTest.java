package org.isms4j.records.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isms4j.core.IsmsException;
import org.isms4j.records.Clause;
import org.isms4j.records.example.ExampleCompany;
import org.junit.jupiter.api.Test;

class AuditReportTest {

    private static final AuditPlan PLAN = ExampleCompany.auditPlan();
    private static final AuditReport REPORT = ExampleCompany.auditReport();
    private static final LocalDateTime TEN = LocalDateTime.of(2024, 2, 5, 10, 0);

    @Test
    void checklist_emptyOrACheckItemTwice_isRejected() {
        assertThat(ExampleCompany.auditChecklist().items()).isEqualTo(REPORT.checklist());
        assertThatThrownBy(() -> AuditChecklist.of(List.of())).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid audit checklist: it has at least one item");
        ChecklistItem item = REPORT.checklist().get(0);
        assertThatThrownBy(() -> AuditChecklist.of(List.of(item, item))).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid audit checklist: duplicate check item '4.3 ISMSの適用範囲は、文書化されているか。'");
        ChecklistItem otherClause = ChecklistItem.of(Clause.parse("4.4"), item.checkItem(), List.of(),
                java.util.Optional.empty());
        assertThat(AuditChecklist.of(List.of(item, otherClause)).items()).hasSize(2);
    }

    @Test
    void plan_auditorInTwoSlotsAtOnce_isRejected() {
        AuditSlot first = AuditSlot.of(1, "営業部", "鈴木", "管理部", "中村", TEN, TEN.plusHours(2));
        AuditSlot overlapping = AuditSlot.of(2, "総務部", "鈴木", "管理部", "斎藤", TEN.plusHours(1), TEN.plusHours(3));
        assertThatThrownBy(() -> AuditPlan.of("監査", "目的", "テーマ", List.of(first, overlapping),
                LocalDate.of(2024, 2, 20), "報告会")).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid audit plan '監査': auditor '鈴木' is in slots 1 and 2 at once");
        AuditSlot after = AuditSlot.of(2, "総務部", "鈴木", "管理部", "斎藤", TEN.plusHours(2), TEN.plusHours(3));
        assertThat(AuditPlan.of("監査", "目的", "テーマ", List.of(first, after), LocalDate.of(2024, 2, 20), "報告会")
                .slots()).hasSize(2);
    }

    /**
     * Over generated slots of three auditors, each starting in one of twelve hours and lasting one
     * to three: a plan is refused exactly when two slots of one auditor overlap, naming such a pair.
     */
    @Test
    void plan_refusesExactlyTheAuditorsInTwoSlotsAtOnce() {
        qt().withExamples(2000).forAll(lists().of(integers().between(0, 3 * 12 * 3 - 1)).ofSizeBetween(1, 8))
                .checkAssert(codes -> {
                    List<AuditSlot> slots = new ArrayList<>();
                    for (int code : codes) {
                        LocalDateTime start = TEN.plusHours(code / 3 % 12);
                        slots.add(AuditSlot.of(slots.size() + 1, "営業部", "監査員" + code / 36, "管理部", "中村", start,
                                start.plusHours(1 + code % 3)));
                    }
                    List<String> overlapping = new ArrayList<>();
                    for (AuditSlot a : slots) {
                        for (AuditSlot b : slots) {
                            if (a.number() < b.number() && a.auditor().equals(b.auditor())
                                    && a.start().isBefore(b.end()) && b.start().isBefore(a.end())) {
                                overlapping.add(String.format(Locale.ROOT,
                                        "Invalid audit plan '監査': auditor '%s' is in slots %d and %d at once",
                                        a.auditor(), a.number(), b.number()));
                            }
                        }
                    }
                    if (overlapping.isEmpty()) {
                        assertThat(AuditPlan.of("監査", "目的", "テーマ", slots, LocalDate.of(2024, 2, 20), "報告会")
                                .slots()).isEqualTo(slots);
                    } else {
                        assertThatThrownBy(() -> AuditPlan.of("監査", "目的", "テーマ", slots, LocalDate.of(2024, 2, 20),
                                "報告会")).isInstanceOf(IsmsException.class)
                                .satisfies(e -> assertThat(overlapping).contains(e.getMessage()));
                    }
                });
    }

    @Test
    void plan_reportBeforeLastSlot_isRejected() {
        assertThatThrownBy(() -> AuditPlan.of(PLAN.name(), PLAN.purpose(), PLAN.scope(), PLAN.slots(),
                LocalDate.of(2024, 2, 4), PLAN.reportMeans())).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid audit plan 'ISO27001認証取得に関する内部監査': the planned report date 2024-02-04 is "
                        + "before the last slot on 2024-02-05");
    }

    @Test
    void slot_endNotAfterStart_isRejected() {
        assertThatThrownBy(() -> AuditSlot.of(1, "営業部", "鈴木", "管理部", "中村", TEN, TEN))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid audit slot 1: the end 2024-02-05T10:00 is not after the start 2024-02-05T10:00");
    }

    @Test
    void report_findingOfUnauditedDepartment_isRejected() {
        Finding stray = Finding.of(FindingGrade.OBSERVATION, 3, Clause.parse("7.3"), "開発部", "内容");
        assertThatThrownBy(() -> AuditReport.of(PLAN, List.of(), REPORT.summary(), List.of(stray), REPORT.reportedOn()))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid audit report 'ISO27001認証取得に関する内部監査': finding observation 3 concerns '開発部', "
                        + "which the plan does not audit");
    }

    @Test
    void report_findingNumberTwiceInAGrade_isRejected() {
        Finding one = REPORT.findings().get(1);
        assertThatThrownBy(() -> AuditReport.of(PLAN, List.of(), REPORT.summary(), List.of(one, one), REPORT.reportedOn()))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid audit report 'ISO27001認証取得に関する内部監査': duplicate finding 'observation 1'");
    }

    @Test
    void report_beforeLastSlot_isRejected() {
        assertThatThrownBy(() -> AuditReport.of(PLAN, List.of(), REPORT.summary(), List.of(), LocalDate.of(2024, 2, 1)))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid audit report 'ISO27001認証取得に関する内部監査': it is reported on 2024-02-01, before the "
                        + "last slot on 2024-02-05");
    }

    @Test
    void finding_followedUpAtNextAudit() {
        Finding finding = REPORT.nonconformities().get(0);
        Finding followed = finding.followedUp("方針を当社HPに公開したことを確認");
        assertThat(followed.followUp()).contains("方針を当社HPに公開したことを確認");
        assertThatThrownBy(() -> followed.followedUp("再確認")).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid finding minor_nonconformity 1: it is already followed up");
        assertThatThrownBy(() -> finding.followedUp(" ")).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for follow-up (must not be blank): ' '");
    }

    @Test
    void tables_sourceColumns() {
        assertThat(PLAN.toTable(Locale.JAPANESE).toMarkdown()).startsWith("| No | 被監査部門名 | 監査人 | 応対者 | 日時 |")
                .contains("| 3 | 営業部 | 鈴木 一郎 (管理部) | 中村 誠 | 2024-02-05 13:00 - 14:00 |");
        assertThat(REPORT.findingTable(Locale.JAPANESE).toMarkdown())
                .startsWith("| 区分 | No | 規格 | 部門 | 内容 | フォローアップ |")
                .contains("| 観察事項 | 2 | 7.3 | 管理部 | 実施中のISMS教育の終了をお願いします。 |  |");
        assertThat(REPORT.checklist()).filteredOn(i -> i.result().isEmpty()).isEmpty();
    }
}
