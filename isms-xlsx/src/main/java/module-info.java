/**
 * isms4j xlsx: the asset inventory, the risk register, the treatment plan and the Statement of
 * Applicability, the ISMS records' tables and the LV.2 answer sheet as Excel workbooks (.xlsx),
 * written with typed cells and read back strictly.
 *
 * <p>The API is the package {@code org.isms4j.xlsx}: {@link org.isms4j.xlsx.IsmsXlsx} writes and
 * reads the workbooks, {@link org.isms4j.xlsx.IsmsXlsxException} is the one exception of reading
 * them. isms-csv is re-exported: a sheet is read by its tables' readers, with its
 * {@code SpreadsheetTolerance}. fastexcel writes and fastexcel-reader reads; neither is part of
 * the API.
 */
module org.isms4j.xlsx {
    requires transitive org.isms4j.csv;
    requires org.dhatim.fastexcel;
    requires org.dhatim.fastexcel.reader;
    requires com.fasterxml.aalto;

    exports org.isms4j.xlsx;
}
