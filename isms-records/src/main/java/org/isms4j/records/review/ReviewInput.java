package org.isms4j.records.review;

import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * An input of the management review マネジメントレビュー (clause 9.3.2), (a) to (g), with the four
 * parts of (d) feedback on the information security performance; such as (f) results of risk
 * assessment and status of the risk treatment plan リスクアセスメントの結果およびリスク対応計画の状況.
 */
public enum ReviewInput implements VocabularyTerm {
    /** (a) 前回までの指示事項に対する処置の進捗や結果: status of actions from previous reviews. */
    PREVIOUS_ACTIONS("a", "a", "前回までの指示事項に対する処置の進捗や結果", "status of actions from previous reviews"),
    /** (b) ISMSに関連する外部および内部の課題の変化: changes in external and internal issues. */
    ISSUE_CHANGES("b", "b", "ISMSに関連する外部および内部の課題の変化", "changes in external and internal issues"),
    /** (c) 利害関係者のニーズおよび期待の変化: changes in interested parties' needs and expectations. */
    PARTY_CHANGES("c", "c", "ISMSに関連する利害関係者のニーズおよび期待の変化",
            "changes in needs and expectations of interested parties"),
    /** (d) 1) 不適合および是正処置: nonconformities and corrective actions. */
    NONCONFORMITIES("d1", "d) 1)", "不適合および是正処置", "nonconformities and corrective actions"),
    /** (d) 2) 監視および測定の結果: monitoring and measurement results. */
    MONITORING("d2", "d) 2)", "監視および測定の結果", "monitoring and measurement results"),
    /** (d) 3) 監査結果: audit results. */
    AUDIT_RESULTS("d3", "d) 3)", "監査結果", "audit results"),
    /** (d) 4) 情報セキュリティ目的の達成: fulfilment of information security objectives. */
    OBJECTIVES("d4", "d) 4)", "情報セキュリティ目的の達成", "fulfilment of information security objectives"),
    /** (e) 利害関係者からのフィードバック: feedback from interested parties. */
    PARTY_FEEDBACK("e", "e", "利害関係者からのフィードバック", "feedback from interested parties"),
    /** (f) リスクアセスメントの結果およびリスク対応計画の状況: risk assessment and treatment plan. */
    RISKS("f", "f", "リスクアセスメントの結果およびリスク対応計画の状況",
            "results of risk assessment and status of the risk treatment plan"),
    /** (g) 継続的改善の機会: opportunities for continual improvement. */
    IMPROVEMENT_OPPORTUNITIES("g", "g", "継続的改善の機会", "opportunities for continual improvement");

    private final String item;
    private final TermNames names;

    ReviewInput(String code, String item, String japanese, String english) {
        this.item = item;
        this.names = TermNames.of(code, japanese, english);
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the item of clause 9.3.2, such as {@code a} or {@code d) 3)}.
     *
     * @return the item, not null
     */
    public String item() {
        return item;
    }

    /**
     * Returns the input with a code.
     *
     * @param code the code, such as {@code d3}, not null
     * @return the input, not null
     * @throws IsmsException if no input has that code
     */
    public static ReviewInput ofCode(String code) {
        return VocabularyTerm.ofCode(ReviewInput.class, "management review input", code);
    }
}
