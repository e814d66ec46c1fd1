/**
 * isms4j JSON: Jackson adapters and documented JSON formats.
 *
 * <p>The API is the package {@code org.isms4j.json}: {@link org.isms4j.json.IsmsJson} reads and
 * writes the documents, {@link org.isms4j.json.IsmsModule} adapts every value type to Jackson
 * (also found through {@link java.util.ServiceLoader}), and
 * {@link org.isms4j.json.IsmsJsonException} is the one exception of reading JSON. The
 * serializers ({@code ser}) and deserializers ({@code deser}) are not exported. The CSV tables
 * are the module {@code org.isms4j.csv}.
 */
module org.isms4j.json {
    requires transitive org.isms4j.core;
    requires transitive org.isms4j.annexa;
    requires transitive org.isms4j.records;
    requires transitive com.fasterxml.jackson.databind;

    exports org.isms4j.json;

    provides com.fasterxml.jackson.databind.Module with org.isms4j.json.IsmsModule;
}
