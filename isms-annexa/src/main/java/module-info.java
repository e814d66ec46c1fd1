/**
 * isms4j Annex A: the ISO/IEC 27001:2022 Annex A catalogue, the 2013 correspondence and the
 * Statement of Applicability.
 *
 * <p>Exports the catalogue ({@code org.isms4j.annexa}) and the Statement of Applicability
 * ({@code org.isms4j.annexa.soa}); the resource format and its reader
 * ({@code org.isms4j.annexa.internal}) stay inside.
 *
 * <p>{@code requires-automatic}: Immutables' annotations module is an automatic module,
 * needed at compile time only.
 */
@SuppressWarnings("requires-automatic")
module org.isms4j.annexa {
    requires transitive org.isms4j.core;
    requires static org.immutables.value.annotations;

    exports org.isms4j.annexa;
    exports org.isms4j.annexa.soa;
}
