package org.isms4j.report.internal;

import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * The fixed words of a report, in Japanese and English, such as 受容範囲 (acceptable range) on
 * a heat map or 期限超過 (overdue) on the plan's timeline.
 */
public enum Label implements VocabularyTerm {
    /** The document's title. */
    REPORT_TITLE("report_title", "リスクアセスメント報告書", "Risk assessment report"),
    /** The company the report is for. */
    COMPANY("company", "会社名", "Company"),
    /** The risk model's id and version. */
    MODEL("model", "リスクモデル", "Risk model"),
    /** Who wrote or last updated the report. */
    AUTHOR("author", "作成者・更新者", "Author"),
    /** The date of the last update. */
    UPDATED("updated", "作成日・更新日", "Updated"),
    /** Who approved the report. */
    APPROVER("approver", "承認者", "Approver"),
    /** The approval date. */
    APPROVED("approved", "承認日", "Approved"),
    /** A report not yet approved. */
    NOT_APPROVED("not_approved", "未承認", "not approved"),
    /** A report with no approval record yet. */
    NOT_RECORDED("not_recorded", "未記録", "not recorded"),
    /** The date the plan's progress is judged on. */
    AS_OF("as_of", "基準日", "As of"),
    /** The number of risks. */
    RISKS("risks", "リスク数", "Risks"),
    /** The row axis of a heat map. */
    IMPORTANCE("importance", "重要度", "Importance"),
    /** The column axis of a heat map. */
    LIKELIHOOD("likelihood", "被害発生可能性", "Likelihood"),
    /** The corner of a heat map with the highest levels. */
    HIGH_RISK("high_risk", "リスク大", "High risk"),
    /** The corner of a heat map with the lowest levels. */
    LOW_RISK("low_risk", "リスク小", "Low risk"),
    /** The cells whose level needs no treatment. */
    ACCEPTABLE_RANGE("acceptable_range", "受容範囲", "Acceptable range"),
    /** The cells whose level needs treatment. */
    TREATMENT_TARGET("treatment_target", "情報セキュリティ対策の対象", "Target of security measures"),
    /** The heat map of the first evaluations. */
    HEAT_MAP_BEFORE("heat_map_before", "リスクマップ（対応前）", "Risk heat map before treatment"),
    /** The heat map of the residual risks. */
    HEAT_MAP_AFTER("heat_map_after", "リスクマップ（対応後）", "Risk heat map after treatment"),
    /** A short prefix of a priority in a cell, such as 優先 1. */
    PRIORITY_SHORT("priority_short", "優先", "P"),
    /** The word before a count, as in "risks: 3". */
    COUNT("count", "件数", "count"),
    /** A bar of the planned dates. */
    PLANNED("planned", "予定", "Planned"),
    /** A bar of the actual dates. */
    ACTUAL("actual", "実績", "Actual"),
    /** A row past its planned end and not completed. */
    OVERDUE("overdue", "期限超過", "Overdue"),
    /** The plan's timeline. */
    TIMELINE("timeline", "対応計画のタイムライン", "Plan timeline"),
    /** The counts of an SoA by theme and state. */
    SOA_SUMMARY("soa_summary", "適用宣言書の集計（テーマ × 状態）", "Statement of Applicability by theme and state"),
    /** The share of Annex A controls decided. */
    COMPLETENESS("completeness", "完成度", "Completeness"),
    /** The controls with a decision. */
    DECIDED("decided", "決定済み", "decided"),
    /** An SoA with a row for every control and every reason given. */
    COMPLETE("complete", "完成", "complete"),
    /** An SoA with a gap. */
    INCOMPLETE("incomplete", "未完成", "incomplete"),
    /** The problems an SoA still has. */
    PROBLEMS("problems", "未解決の指摘", "Open problems"),
    /** The residual priority column. */
    RESIDUAL_PRIORITY("residual_priority", "二次評価 優先順位", "Residual priority"),
    /** Risks still above the acceptance criteria after treatment. */
    ABOVE_ACCEPTANCE("above_acceptance", "対応後も受容基準を超えるリスク", "Risks above the acceptance criteria after treatment"),
    /** Residual acceptances due for review. */
    REVIEW_DUE("review_due", "見直し期限を過ぎた受容", "Acceptances due for review"),
    /** No entry. */
    NONE("none", "なし", "none");

    private final TermNames names;

    Label(String code, String japanese, String english) {
        this.names = TermNames.of(code, japanese, english);
    }

    @Override
    public TermNames names() {
        return names;
    }
}
