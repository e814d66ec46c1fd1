package org.isms4j.annexa.soa;

import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * A column of the Statement of Applicability 適用宣言書 with its Japanese and English label, such
 * as applicability 適用可否 or the documents that carry a control 関連文書（方針・手順）.
 *
 * <p>Columns are listed in the order of a form: control, title, theme, applicability,
 * implementation status, reason, reason codes, risks, documents, evidence.
 */
public enum SoaColumn implements VocabularyTerm {
    /** The control id 管理策番号, such as 5.12. */
    CONTROL("control", "管理策番号", "control"),
    /** The control title 管理策, such as 情報の分類. */
    TITLE("title", "管理策", "control title"),
    /** The theme テーマ, such as 組織的管理策. */
    THEME("theme", "テーマ", "theme"),
    /** Applicable or excluded 適用可否 (○ / ×). */
    APPLICABILITY("applicability", "適用可否", "applicability"),
    /** The implementation status 実施状況 (○ / △ / 未, or — when excluded). */
    IMPLEMENTATION_STATUS("implementation_status", "実施状況", "implementation status"),
    /** The reason for inclusion or exclusion 適用・除外の理由, free text. */
    REASON("reason", "適用・除外の理由", "reason for inclusion or exclusion"),
    /** The coded reasons 理由区分. */
    REASON_CODES("reason_codes", "理由区分", "reason codes"),
    /** The numbers of the risks the control treats 関連リスク番号. */
    RISK_NUMBERS("risk_numbers", "関連リスク番号", "related risks"),
    /** The policies and procedures that carry the control 関連文書（方針・手順）, such as A-02 情報セキュリティ方針. */
    DOCUMENTS("documents", "関連文書（方針・手順）", "policies and procedures"),
    /** References to evidence of implementation 証跡. */
    EVIDENCE("evidence", "証跡", "evidence");

    private final TermNames names;

    SoaColumn(String code, String japanese, String english) {
        this.names = TermNames.of(code, japanese, english);
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the term with a code.
     *
     * @param code the code, such as {@code applicability}, not null
     * @return the term, not null
     * @throws IsmsException if no term has that code, listing the valid codes
     */
    public static SoaColumn ofCode(String code) {
        return VocabularyTerm.ofCode(SoaColumn.class, "SoA column", code);
    }
}
