/**
 * isms4j OSCAL: NIST OSCAL documents of the Annex A catalogue, its 2013 correspondence and the
 * risk register with its treatment plan.
 *
 * <p>Exports the API ({@code org.isms4j.oscal}); the JSON writers and the name-based UUIDs
 * ({@code org.isms4j.oscal.internal}) stay inside. Jackson's streaming core is the one
 * dependency beyond isms4j.
 */
module org.isms4j.oscal {
    requires transitive org.isms4j.annexa;
    requires com.fasterxml.jackson.core;

    exports org.isms4j.oscal;
}
