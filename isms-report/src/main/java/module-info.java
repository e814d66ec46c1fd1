/**
 * isms4j reports for people: one self-contained, printable HTML file of a risk register with its
 * treatment plan and Statement of Applicability, and the risk heat maps as SVG.
 *
 * <p>Exports {@code org.isms4j.report}; the layouts and the precompiled templates
 * ({@code org.isms4j.report.internal}, {@code org.isms4j.report.internal.template}) stay inside.
 *
 * <p>{@code requires-automatic}: jte's runtime is an automatic module ({@code gg.jte.runtime}).
 * {@code java.compiler} only for the {@code @Generated} annotation of the generated templates,
 * retained in source only.
 */
@SuppressWarnings("requires-automatic")
module org.isms4j.report {
    requires transitive org.isms4j.core;
    requires transitive org.isms4j.annexa;
    requires gg.jte.runtime;
    requires static java.compiler;

    exports org.isms4j.report;
}
