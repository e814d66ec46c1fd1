package org.isms4j.oscal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import org.isms4j.annexa.AnnexA;
import org.isms4j.annexa.ControlTextProvider;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.oscal.internal.CatalogWriter;
import org.isms4j.oscal.internal.MappingWriter;
import org.isms4j.oscal.internal.PoamWriter;

/**
 * A writer of NIST OSCAL JSON documents, such as the catalog of the 93 Annex A controls 管理策,
 * the mapping of the 2013 controls onto them and the POA&amp;M of a risk register and its risk
 * treatment plan リスク対応計画, all stamped with one clock and one document version.
 *
 * <p>The catalog and the POA&amp;M follow OSCAL {@value #OSCAL_VERSION}; the mapping follows OSCAL
 * {@value #MAPPING_OSCAL_VERSION}, the first release with the control mapping model. Every UUID is
 * name-based (version 5) from a stable key, such as the control id or the risk number, and
 * {@code last-modified} is the clock's instant, so the same input and clock give byte-identical
 * output: UTF-8, keys in a fixed order, two-space indent, {@code \n} line ends, a final line end.
 * isms4j's own properties and facets are in the namespace {@value #NAMESPACE}.
 *
 * <p>Example, the catalog as shipped and the POA&amp;M of a register and plan:
 * <pre>{@code
 * import java.time.Clock;
 * import java.time.Instant;
 * import java.time.ZoneOffset;
 * import java.util.Locale;
 *
 * OscalExporter oscal = OscalExporter.of(Clock.fixed(Instant.parse("2026-04-01T09:00:00Z"), ZoneOffset.UTC), "1.0");
 * String catalog = oscal.catalog(Locale.ENGLISH);
 * System.out.println(catalog.contains("\"id\": \"a.5.12\"") + " " + catalog.contains("\"last-modified\": \"2026-04-01T09:00:00Z\""));
 * // prints: true true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OscalExporter {

    /** The OSCAL version of the catalog and the POA&amp;M, {@value}. */
    public static final String OSCAL_VERSION = "1.1.2";
    /** The OSCAL version of the mapping collection, {@value}: the control mapping model. */
    public static final String MAPPING_OSCAL_VERSION = "1.2.0";
    /** The namespace of isms4j's own properties, facets and naming systems, {@value}. */
    public static final String NAMESPACE = "https://isms4j.org/ns/oscal";

    private final Clock clock;
    private final String version;

    private OscalExporter(Clock clock, String version) {
        this.clock = clock;
        this.version = version;
    }

    /**
     * Obtains a writer.
     *
     * @param clock the clock whose instant becomes every document's {@code last-modified}, not null
     * @param version the documents' version, such as {@code 1.0} or {@code 2026-04}, not blank
     * @return the writer, not null
     * @throws IsmsException if the version is blank
     */
    public static OscalExporter of(Clock clock, String version) {
        Objects.requireNonNull(clock, "clock");
        return new OscalExporter(clock, Checks.notBlank("version", version));
    }

    /**
     * Returns the clock of {@code last-modified}.
     *
     * @return the clock, not null
     */
    public Clock clock() {
        return clock;
    }

    /**
     * Returns the documents' version.
     *
     * @return the version, not blank
     */
    public String version() {
        return version;
    }

    /**
     * Returns the catalog of Annex A as shipped: every control's statement part is a placeholder
     * naming the standard and the control.
     *
     * @param locale the language of the titles: Japanese for a Japanese locale, English for every
     *     other; not null
     * @return the JSON document, not null
     */
    public String catalog(Locale locale) {
        return catalog(ControlTextProvider.none(), locale);
    }

    /**
     * Returns the catalog of Annex A with a licensee's text: a control the provider gives text
     * for carries it as its statement part (and guidance part, if any), the others a placeholder.
     *
     * @param provider the licensee's text, such as {@link ControlTextProvider#load(java.io.Reader)}
     *     gives; not null
     * @param locale the language of the titles: Japanese for a Japanese locale, English for every
     *     other; not null
     * @return the JSON document, not null
     */
    public String catalog(ControlTextProvider provider, Locale locale) {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(locale, "locale");
        return text(out -> writeCatalog(provider, locale, out));
    }

    /**
     * Writes the catalog of Annex A with a licensee's text, as {@link #catalog(ControlTextProvider, Locale)}.
     *
     * @param provider the licensee's text, not null
     * @param locale the language of the titles, not null
     * @param out the stream, not null; written in UTF-8, not closed
     * @throws IOException if the stream fails
     */
    public void writeCatalog(ControlTextProvider provider, Locale locale, OutputStream out) throws IOException {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(out, "out");
        CatalogWriter.write(AnnexA.withText(provider), locale, clock, version, OSCAL_VERSION, out);
    }

    /**
     * Returns the mapping of ISO/IEC 27001:2013 Annex A onto the 2022 catalog: a map per pair of
     * the correspondence, with the relationship {@link MappingRelationship#between} gives, and the
     * 11 controls new in 2022 in the target gap summary, as having no relationship.
     *
     * @return the JSON document, not null
     */
    public String mapping() {
        return text(this::writeMapping);
    }

    /**
     * Writes the mapping, as {@link #mapping()}.
     *
     * @param out the stream, not null; written in UTF-8, not closed
     * @throws IOException if the stream fails
     */
    public void writeMapping(OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        MappingWriter.write(clock, version, MAPPING_OSCAL_VERSION, out);
    }

    /**
     * Returns the POA&amp;M of a risk register and its treatment plan: each risk with its statement,
     * status and props, its first evaluation 一次評価 as the initial characterization and its second
     * 二次評価 as the adjusted one (facets importance 重要度, likelihood 被害発生可能性, risk-level
     * リスクレベル and priority 優先順位 in the naming system of the register's model id and version),
     * and each plan row tracing to it as a remediation with its planned and actual milestones.
     *
     * @param organization the organisation whose register it is, the party of every
     *     characterization, not blank
     * @param register the register, with at least one risk; not null
     * @param plan the plan, every row tracing to a risk of the register; not null
     * @return the JSON document, not null
     * @throws IsmsException if the organisation is blank, the register has no risk, or a plan row
     *     traces to a risk the register lacks
     */
    public String poam(String organization, RiskRegister register, TreatmentPlan plan) {
        checkPoam(organization, register, plan);
        return text(out -> writePoam(organization, register, plan, out));
    }

    /**
     * Writes the POA&amp;M, as {@link #poam(String, RiskRegister, TreatmentPlan)}.
     *
     * @param organization the organisation, not blank
     * @param register the register, with at least one risk; not null
     * @param plan the plan, traced to the register; not null
     * @param out the stream, not null; written in UTF-8, not closed
     * @throws IOException if the stream fails
     * @throws IsmsException if the organisation is blank, the register has no risk, or a plan row
     *     traces to a risk the register lacks
     */
    public void writePoam(String organization, RiskRegister register, TreatmentPlan plan, OutputStream out)
            throws IOException {
        checkPoam(organization, register, plan);
        Objects.requireNonNull(out, "out");
        PoamWriter.write(organization, register, plan, clock, version, OSCAL_VERSION, out);
    }

    private static void checkPoam(String organization, RiskRegister register, TreatmentPlan plan) {
        Checks.notBlank("organization", organization);
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(plan, "plan");
        if (register.risks().isEmpty()) {
            throw new IsmsException("Invalid risk register for a POA&M: it has at least one risk (has none)");
        }
        plan.checkTraces(register);
    }

    /** A document as text: writing to memory cannot fail. */
    private static String text(Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            document.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The writing of one document to a stream. */
    @FunctionalInterface
    private interface Document {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Returns the writer as text, such as {@code OscalExporter 1.0}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "OscalExporter " + version;
    }
}
