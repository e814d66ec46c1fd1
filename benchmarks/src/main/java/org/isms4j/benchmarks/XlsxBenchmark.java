package org.isms4j.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.report.ReportTable;
import org.isms4j.core.risk.Risk;
import org.isms4j.csv.IsmsCsv;
import org.isms4j.xlsx.IsmsXlsx;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A risk register of 100 K risks written and read as an .xlsx workbook: through isms-xlsx, and
 * through plain fastexcel writing and reading the same cells, the limit of what fastexcel gives.
 *
 * <ul>
 *   <li>{@code isms4jWrite}: {@link IsmsXlsx#writeRiskRegister} (every cell typed, widths, lists,
 *       frozen headings);
 *   <li>{@code fastexcelWrite}: the register's table ({@link IsmsCsv#registerTable}) written cell
 *       by cell, whole numbers as numbers and the rest as inline strings, nothing else;
 *   <li>{@code isms4jRead}: {@link IsmsXlsx#readRiskRegister} (the zip checked, every cell and rule
 *       checked, the register built);
 *   <li>{@code fastexcelRead}: every cell's text through fastexcel-reader, nothing checked.
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar XlsxBenchmark -f 1 -wi 2 -i 3}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class XlsxBenchmark {

    /** Risks in the register. */
    @Param({"100000"})
    public int size;

    private RiskModel model;
    private AssetInventory inventory;
    private RiskRegister register;
    private ReportTable table;
    private byte[] workbook;
    private ByteArrayOutputStream out;

    /** Builds the register and its workbook. */
    @Setup(Level.Trial)
    public void setUp() {
        model = RiskModel.standard();
        inventory = Fixtures.inventory();
        List<AssessedRisk> rows = Fixtures.registerRows(model, size);
        register = RiskRegister.of(model, inventory, rows);
        table = IsmsCsv.english().registerTable(register);
        out = new ByteArrayOutputStream(32 << 20);
        IsmsXlsx.english().writeRiskRegister(register, out);
        workbook = out.toByteArray();
    }

    /**
     * Writes the register with isms-xlsx.
     *
     * @return the workbook's size
     */
    @Benchmark
    public int isms4jWrite() {
        out.reset();
        IsmsXlsx.english().writeRiskRegister(register, out);
        return out.size();
    }

    /**
     * Writes the same cells with plain fastexcel.
     *
     * @return the workbook's size
     * @throws IOException never, in memory
     */
    @Benchmark
    public int fastexcelWrite() throws IOException {
        out.reset();
        Workbook book = new Workbook(out, "plain", "1.0");
        Worksheet sheet = book.newWorksheet("Risk assessment report");
        List<String> headings = table.headings();
        for (int c = 0; c < headings.size(); c++) {
            sheet.value(0, c, headings.get(c));
        }
        int r = 1;
        for (List<String> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                String text = row.get(c);
                if (text.isEmpty()) {
                    continue;
                }
                if (text.length() <= 9 && text.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                    sheet.value(r, c, Integer.parseInt(text));
                } else {
                    sheet.inlineString(r, c, text);
                }
            }
            r++;
        }
        book.finish();
        return out.size();
    }

    /**
     * Reads the register with isms-xlsx.
     *
     * @return the number of risks
     */
    @Benchmark
    public int isms4jRead() {
        return IsmsXlsx.english().readRiskRegister(new ByteArrayInputStream(workbook), model, inventory).risks().size();
    }

    /**
     * Reads every cell's text with plain fastexcel-reader.
     *
     * @return the characters read
     * @throws IOException never, in memory
     */
    @Benchmark
    public long fastexcelRead() throws IOException {
        long characters = 0;
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook));
                Stream<Row> rows = book.getFirstSheet().openStream()) {
            for (Iterator<Row> it = rows.iterator(); it.hasNext();) {
                for (Cell cell : it.next()) {
                    if (cell != null) {
                        characters += cell.getText().length();
                    }
                }
            }
        }
        return characters;
    }
}
