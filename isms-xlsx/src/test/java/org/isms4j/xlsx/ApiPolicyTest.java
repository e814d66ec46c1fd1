package org.isms4j.xlsx;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.isms4j.csv.CsvTable;
import org.isms4j.csv.RecordTables;
import org.isms4j.records.example.ExampleCompany;
import org.isms4j.testkit.ApiPolicyContract;
import org.isms4j.testkit.ApiWalker;
import org.isms4j.testkit.DocumentSamples;
import org.isms4j.testkit.Fixtures;
import org.junit.jupiter.api.io.TempDir;

/** The null policy and the bounded echo over isms-xlsx's exported API, walked by {@link ApiWalker}. */
class ApiPolicyTest implements ApiPolicyContract {

    @TempDir
    Path dir;

    /** The parameters documented as taking null: an exception's location and cause. */
    @Override
    public Set<String> nullable() {
        return Set.of("IsmsXlsxException.<init>(String, String, String, Throwable)#sheet",
                "IsmsXlsxException.<init>(String, String, String, Throwable)#cell",
                "IsmsXlsxException.<init>(String, String, String, Throwable)#cause");
    }

    @Override
    public ApiWalker walker() throws Exception {
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        IsmsXlsx.japanese().writeAssetInventory(Fixtures.quickApproachInventory(), workbook);
        byte[] bytes = workbook.toByteArray();
        return DocumentSamples.walker(bytes, Files.write(dir.resolve("inventory.xlsx"), bytes))
                .sample(CsvTable.class, RecordTables.DOCUMENT_REGISTER)
                .sample(Object.class, ExampleCompany.documents())
                .sample(IsmsXlsxException.class, new IsmsXlsxException("資産目録", "L3", "reason", null));
    }
}
