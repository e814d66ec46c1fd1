/**
 * isms4j Annex A: the ISO/IEC 27001:2022 Annex A catalogue and the Statement of Applicability.
 *
 * <p>{@code requires-automatic}: Immutables' annotations module is an automatic module,
 * needed at compile time only.
 */
@SuppressWarnings("requires-automatic")
module org.isms4j.annexa {
    requires transitive org.isms4j.core;
    requires static org.immutables.value.annotations;
}
