package org.isms4j.annexa;

import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * A value of the ISO/IEC 27002:2022 attribute "operational capabilities" 運用機能, such as asset
 * management 資産管理: the practitioner's view of what a control is about.
 *
 * <p>The codes are those of ISO/IEC 27002:2022 without the hash sign, in lowercase, with
 * {@code supplier_relationships_security} for the standard's {@code #Supplier_relationships}
 * spelling of 6.6. The Japanese names follow JIS Q 27002:2024 as far as public sources show it;
 * they are the library's rendering, not vetted against the JIS text.
 */
public enum OperationalCapability implements VocabularyTerm {
    /** Governance ガバナンス. */
    GOVERNANCE("governance", "ガバナンス", "governance"),
    /** Asset management 資産管理. */
    ASSET_MANAGEMENT("asset_management", "資産管理", "asset management"),
    /** Information protection 情報保護. */
    INFORMATION_PROTECTION("information_protection", "情報保護", "information protection"),
    /** Human resource security 人的資源のセキュリティ. */
    HUMAN_RESOURCE_SECURITY("human_resource_security", "人的資源のセキュリティ", "human resource security"),
    /** Physical security 物理的セキュリティ. */
    PHYSICAL_SECURITY("physical_security", "物理的セキュリティ", "physical security"),
    /** System and network security システム及びネットワークのセキュリティ. */
    SYSTEM_AND_NETWORK_SECURITY("system_and_network_security", "システム及びネットワークのセキュリティ",
            "system and network security"),
    /** Application security アプリケーションのセキュリティ. */
    APPLICATION_SECURITY("application_security", "アプリケーションのセキュリティ", "application security"),
    /** Secure configuration セキュリティを保った構成. */
    SECURE_CONFIGURATION("secure_configuration", "セキュリティを保った構成", "secure configuration"),
    /** Identity and access management 識別情報及びアクセスの管理. */
    IDENTITY_AND_ACCESS_MANAGEMENT("identity_and_access_management", "識別情報及びアクセスの管理",
            "identity and access management"),
    /** Threat and vulnerability management 脅威及び脆弱性の管理. */
    THREAT_AND_VULNERABILITY_MANAGEMENT("threat_and_vulnerability_management", "脅威及び脆弱性の管理",
            "threat and vulnerability management"),
    /** Continuity 継続性. */
    CONTINUITY("continuity", "継続性", "continuity"),
    /** Supplier relationships security 供給者関係のセキュリティ. */
    SUPPLIER_RELATIONSHIPS_SECURITY("supplier_relationships_security", "供給者関係のセキュリティ",
            "supplier relationships security"),
    /** Legal and compliance 法令及び順守. */
    LEGAL_AND_COMPLIANCE("legal_and_compliance", "法令及び順守", "legal and compliance"),
    /** Information security event management 情報セキュリティ事象管理. */
    INFORMATION_SECURITY_EVENT_MANAGEMENT("information_security_event_management", "情報セキュリティ事象管理",
            "information security event management"),
    /** Information security assurance 情報セキュリティ保証. */
    INFORMATION_SECURITY_ASSURANCE("information_security_assurance", "情報セキュリティ保証",
            "information security assurance");

    private final TermNames names;

    OperationalCapability(String code, String japanese, String english) {
        this.names = TermNames.of(code, japanese, english);
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the operational capability with a code.
     *
     * @param code the code, such as {@code asset_management}, not null
     * @return the capability, not null
     * @throws IsmsException if no capability has that code, listing the valid codes
     */
    public static OperationalCapability ofCode(String code) {
        return VocabularyTerm.ofCode(OperationalCapability.class, "operational capability", code);
    }
}
