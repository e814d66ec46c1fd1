package org.isms4j.records.corrective;

import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/** Where a nonconformity or improvement of a corrective action came from 入力情報, such as 内部監査. */
public enum NonconformityOrigin implements VocabularyTerm {
    /** 内部監査における指摘事項 a finding of the internal audit. */
    INTERNAL_AUDIT("internal_audit", "内部監査における指摘事項", "internal audit finding"),
    /** 外部機関が実施した監査における指摘事項 a finding of an external audit. */
    EXTERNAL_AUDIT("external_audit", "外部機関が実施した監査における指摘事項", "external audit finding"),
    /** セキュリティインシデントの関連した改善事項 an improvement after a security incident. */
    INCIDENT("incident", "セキュリティインシデントの関連した改善事項", "improvement after an incident"),
    /** 外部の利害関係者からのニーズに基づく改善事項 an improvement for an interested party's need. */
    INTERESTED_PARTY("interested_party", "外部の利害関係者からのニーズに基づく改善事項",
            "improvement for an interested party's need"),
    /** 内部において提案された改善事項 an improvement proposed inside the organisation. */
    INTERNAL_PROPOSAL("internal_proposal", "内部において提案された改善事項", "internal proposal"),
    /** その他 another origin. */
    OTHER("other", "その他", "other");

    private final TermNames names;

    NonconformityOrigin(String code, String japanese, String english) {
        this.names = TermNames.of(code, japanese, english);
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the origin with a code.
     *
     * @param code the code, such as {@code incident}, not null
     * @return the origin, not null
     * @throws IsmsException if no origin has that code
     */
    public static NonconformityOrigin ofCode(String code) {
        return VocabularyTerm.ofCode(NonconformityOrigin.class, "nonconformity origin", code);
    }
}
