package org.isms4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.isms4j.core.RiskModel;
import org.isms4j.core.report.ReportTable;
import org.isms4j.csv.IsmsCsv;
import org.isms4j.examples.CanonicalRegister;
import org.isms4j.json.IsmsJson;

/**
 * The files the command tests run on, in a directory whose name has a space: the bundled
 * register and plan, the sample sheet, the register without its derived values, and bad files
 * made from good ones by one change each, among them the bundled inventory as a workbook with
 * one rating out of range.
 */
final class Fixture {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** The example 2013-based Statement of Applicability of the JSON formats' guide. */
    static final Path SOA_2013_EXAMPLE = Path.of("../docs/schema/examples/statement-of-applicability-2013.example.json");

    final Path dir;

    Fixture(Path parent) {
        try {
            dir = Files.createDirectories(parent.resolve("my files"));
            copy(CanonicalRegister.class, WalkthroughCommand.BUNDLED_REGISTER, "register.json");
            copy(CanonicalRegister.class, WalkthroughCommand.BUNDLED_PLAN, "plan.json");
            copy(WalkthroughCommand.class, WalkthroughCommand.BUNDLED_SHEET, "sheet.json");
            String register = Files.readString(file("register.json"));
            Files.writeString(file("unscored.json"), unscored(register));
            Files.writeString(file("bad level.json"), replaceOnce(register, "\"level\": 9", "\"level\": 5"));
            Files.writeString(file("not json.json"), "{\"format\": ");
            Files.writeString(file("bad sheet.json"),
                    replaceOnce(Files.readString(file("sheet.json")), "\"answer\": \"not_implemented\"", "\"answer\": \"maybe\""));
            Files.writeString(file("other set sheet.json"),
                    replaceOnce(Files.readString(file("sheet.json")), "\"version\": \"1\"", "\"version\": \"2\""));
            Files.copy(SOA_2013_EXAMPLE, file("soa 2013.json"));
            Files.writeString(file("bad soa 2013.json"), replaceOnce(Files.readString(SOA_2013_EXAMPLE),
                    "\"A.14.2.1\": {", "\"A.14.2.14\": {"));
            Files.writeString(file("book.xlsx"), "PK");
            Files.writeString(file("notes.txt"), "");
            writeBadRatingWorkbook(register);
            Files.createDirectories(file("a directory"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path file(String name) {
        return dir.resolve(name);
    }

    String path(String name) {
        return file(name).toString();
    }

    private void copy(Class<?> beside, String resource, String name) throws IOException {
        try (InputStream in = beside.getResourceAsStream(resource)) {
            Files.write(file(name), in.readAllBytes());
        }
    }

    /**
     * Writes {@code bad rating.xlsx}: the bundled register's inventory as the sheet 資産目録, cell by
     * cell as a spreadsheet keeps it (numbers as number cells), the first asset's 機密性 11.
     */
    private void writeBadRatingWorkbook(String register) throws IOException {
        ReportTable table = IsmsCsv.japanese().inventoryTable(
                IsmsJson.strict().readRiskRegister(register, RiskModel.standard()).inventory());
        int confidentiality = table.headings().indexOf("機密性");
        try (OutputStream out = Files.newOutputStream(file("bad rating.xlsx"))) {
            Workbook workbook = new Workbook(out, "isms4j-cli-test", "1.0");
            Worksheet sheet = workbook.newWorksheet("資産目録");
            List<String> headings = table.headings();
            for (int c = 0; c < headings.size(); c++) {
                sheet.value(0, c, headings.get(c));
            }
            for (int r = 0; r < table.rows().size(); r++) {
                List<String> row = table.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    String cell = r == 0 && c == confidentiality ? "11" : row.get(c);
                    if (cell.matches("[0-9]+")) {
                        sheet.value(r + 1, c, Integer.parseInt(cell));
                    } else if (!cell.isEmpty()) {
                        sheet.value(r + 1, c, cell);
                    }
                }
            }
            workbook.finish();
        }
    }

    /** Replaces a snippet present exactly once, so that a bad file differs from the good one where the test says. */
    static String replaceOnce(String text, String snippet, String replacement) {
        int at = text.indexOf(snippet);
        if (at < 0 || text.indexOf(snippet, at + 1) >= 0) {
            throw new IllegalArgumentException("not present exactly once: " + snippet);
        }
        return text.substring(0, at) + replacement + text.substring(at + snippet.length());
    }

    /** The register with every value the model computes taken out: asset importance, level and priority. */
    static String unscored(String register) throws IOException {
        JsonNode tree = MAPPER.readTree(register);
        for (JsonNode risk : tree.get("risks")) {
            for (String evaluation : new String[] {"firstEvaluation", "secondEvaluation"}) {
                if (risk.get(evaluation) instanceof ObjectNode node) {
                    node.remove("level");
                    node.remove("priority");
                    if (evaluation.equals("firstEvaluation")) {
                        node.remove("assetImportance");
                    }
                }
            }
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    }

    /** The JSON of a file, to compare documents whatever their layout. */
    JsonNode json(String name) {
        try {
            return MAPPER.readTree(Files.readString(file(name), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
