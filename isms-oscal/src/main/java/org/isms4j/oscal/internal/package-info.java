/**
 * The OSCAL writers behind {@link org.isms4j.oscal.OscalExporter}: one per document (catalog,
 * mapping, POA&amp;M), the JSON pieces they share, and name-based UUIDs.
 *
 * <p>Not exported: nothing here is part of the API and may change without notice. Every class is
 * immutable and thread-safe; the writers are handed checked, non-null arguments by the exporter
 * and throw only {@link java.io.IOException} from the stream.
 *
 * <p>Worked example: the UUID of a map is name-based, so A.8.2.1 → 5.12 has the same UUID in
 * every run: {@code MappingWriter.mapUuid("a.8.2.1", "a.5.12")}.
 */
package org.isms4j.oscal.internal;
