/**
 * isms4j JSON: Jackson adapters and documented JSON formats.
 *
 * <p>{@code requires-automatic}: Immutables' annotations module is an automatic module,
 * needed at compile time only.
 */
@SuppressWarnings("requires-automatic")
module org.isms4j.json {
    requires transitive org.isms4j.core;
    requires transitive org.isms4j.annexa;
    requires transitive com.fasterxml.jackson.databind;
    requires static org.immutables.value.annotations;
}
