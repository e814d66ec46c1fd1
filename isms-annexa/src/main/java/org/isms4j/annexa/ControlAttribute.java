package org.isms4j.annexa;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.isms4j.core.IsmsException;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * One of the five attribute sets ISO/IEC 27002:2022 gives every control, such as information
 * security properties 情報セキュリティ特性 (confidentiality, integrity, availability).
 *
 * <p>Each attribute is a closed vocabulary: {@link ControlType}, {@link SecurityProperty} (the
 * core's enum, whose codes are the attribute's), {@link CybersecurityConcept},
 * {@link OperationalCapability} and {@link SecurityDomain}. A control carries a non-empty set of
 * values of each, read with {@link Control#attribute(ControlAttribute)}. The codes are the field
 * names of the project's reference data.
 */
public enum ControlAttribute implements VocabularyTerm {
    /** Control type 管理策タイプ: preventive, detective, corrective. */
    CONTROL_TYPE("control_type", "管理策タイプ", "control type", List.of(ControlType.values())),
    /** Information security properties 情報セキュリティ特性: confidentiality, integrity, availability. */
    SECURITY_PROPERTIES("security_properties", "情報セキュリティ特性", "information security properties",
            List.of(SecurityProperty.values())),
    /** Cybersecurity concepts サイバーセキュリティ概念: identify, protect, detect, respond, recover. */
    CYBERSECURITY_CONCEPTS("cybersecurity_concepts", "サイバーセキュリティ概念", "cybersecurity concepts",
            List.of(CybersecurityConcept.values())),
    /** Operational capabilities 運用機能, such as governance or asset management. */
    OPERATIONAL_CAPABILITIES("operational_capabilities", "運用機能", "operational capabilities",
            List.of(OperationalCapability.values())),
    /** Security domains セキュリティドメイン: governance and ecosystem, protection, defence, resilience. */
    SECURITY_DOMAINS("security_domains", "セキュリティドメイン", "security domains",
            List.of(SecurityDomain.values()));

    private final TermNames names;
    private final List<VocabularyTerm> terms;

    ControlAttribute(String code, String japanese, String english, List<VocabularyTerm> terms) {
        this.names = TermNames.of(code, japanese, english);
        this.terms = terms;
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the values this attribute can take, in the order of ISO/IEC 27002:2022 clause 4.2,
     * such as preventive, detective, corrective.
     *
     * @return an unmodifiable list, not null
     */
    public List<VocabularyTerm> terms() {
        return terms;
    }

    /**
     * Finds the attribute a term is a value of, such as {@link #SECURITY_PROPERTIES} for
     * {@link SecurityProperty#CONFIDENTIALITY}.
     *
     * @param term the term, not null
     * @return the attribute, or empty if the term is no attribute value (a theme, a treatment
     *     option)
     */
    public static Optional<ControlAttribute> ofTerm(VocabularyTerm term) {
        Objects.requireNonNull(term, "term");
        if (term instanceof ControlType) {
            return Optional.of(CONTROL_TYPE);
        }
        if (term instanceof SecurityProperty) {
            return Optional.of(SECURITY_PROPERTIES);
        }
        if (term instanceof CybersecurityConcept) {
            return Optional.of(CYBERSECURITY_CONCEPTS);
        }
        if (term instanceof OperationalCapability) {
            return Optional.of(OPERATIONAL_CAPABILITIES);
        }
        if (term instanceof SecurityDomain) {
            return Optional.of(SECURITY_DOMAINS);
        }
        return Optional.empty();
    }

    /**
     * Returns the attribute with a code.
     *
     * @param code the code, such as {@code security_properties}, not null
     * @return the attribute, not null
     * @throws IsmsException if no attribute has that code, listing the valid codes
     */
    public static ControlAttribute ofCode(String code) {
        return VocabularyTerm.ofCode(ControlAttribute.class, "control attribute", code);
    }
}
