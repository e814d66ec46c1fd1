package org.isms4j.cli;

import java.util.Locale;
import org.isms4j.json.Formats;

/**
 * The documents the command reads: a JSON document says which it is in its {@code format}
 * property; a CSV table is a register unless {@code --kind} says otherwise.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DocumentKind {
    /** The asset inventory 資産目録. */
    INVENTORY("inventory", Formats.ASSET_INVENTORY),
    /** The risk register, the risk assessment report リスクアセスメント結果報告書. */
    REGISTER("register", Formats.RISK_REGISTER),
    /** The treatment plan リスク対応計画. */
    PLAN("plan", Formats.TREATMENT_PLAN),
    /** The Statement of Applicability 適用宣言書. */
    SOA("soa", Formats.STATEMENT_OF_APPLICABILITY),
    /** A Statement of Applicability written against ISO/IEC 27001:2013, JSON only: the input of {@code soa migrate}. */
    SOA_2013("soa2013", Formats.ISO2013_STATEMENT_OF_APPLICABILITY);

    private final String code;
    private final String jsonFormat;

    DocumentKind(String code, String jsonFormat) {
        this.code = code;
        this.jsonFormat = jsonFormat;
    }

    /**
     * Returns the stable code.
     *
     * @return {@code inventory}, {@code register}, {@code plan}, {@code soa} or {@code soa2013}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the kind of a code.
     *
     * @param code the code, such as {@code plan}, not null
     * @return the kind, not null
     * @throws CliFailure with exit code 2 if the code is unknown
     */
    public static DocumentKind ofCode(String code) {
        for (DocumentKind kind : values()) {
            if (kind.code.equals(code.toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw CliFailure.usage("Unknown kind: '" + code + "' (valid values inventory, register, plan, soa, soa2013)");
    }

    /**
     * Returns the kind of a JSON document's {@code format}.
     *
     * @param format the format property, such as {@code isms4j.risk-register}
     * @return the kind, or null if the format is none of these
     */
    static DocumentKind ofJsonFormat(String format) {
        for (DocumentKind kind : values()) {
            if (kind.jsonFormat.equals(format)) {
                return kind;
            }
        }
        return null;
    }
}
