/**
 * isms4j CSV: the asset inventory, the risk register, the treatment plan, the Statement of
 * Applicability, the ISMS records' tables and the self-assessment answer sheet as CSV tables a
 * spreadsheet opens.
 *
 * <p>The API is the package {@code org.isms4j.csv}: {@link org.isms4j.csv.IsmsCsv} writes and
 * reads the tables ({@link org.isms4j.csv.CsvTable} the records' and the answer sheet's),
 * {@link org.isms4j.csv.IsmsCsvException} is the one exception of reading them.
 * Jackson's streaming core is re-exported for {@code StreamReadConstraints}, the read limits;
 * its CSV module is read, not re-exported, since no API type comes from it.
 */
module org.isms4j.csv {
    requires transitive org.isms4j.core;
    requires transitive org.isms4j.annexa;
    requires transitive org.isms4j.records;
    requires transitive com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.csv;

    exports org.isms4j.csv;
}
