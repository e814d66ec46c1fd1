package org.isms4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isms4j.core.selfassessment.QuestionSets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every command does on the bundled example and on bad files, whether it runs in this JVM
 * ({@link CommandTest}) or as a forked {@code java -jar isms4j.jar} ({@link CommandJarTest}):
 * the exit code, and the first line of stderr for a failure.
 */
abstract class CommandContract {

    @TempDir
    Path temp;

    Fixture files;

    /** Runs the command with English output. */
    abstract Run run(String... args);

    @BeforeEach
    void files() {
        files = new Fixture(temp);
    }

    private Run ok(String... args) {
        Run run = run(args);
        assertThat(run.exitCode()).as("exit code, stderr: %s", run.err()).isZero();
        return run;
    }

    private void fails(int exitCode, String firstErrorLine, String... args) {
        Run run = run(args);
        assertThat(run.exitCode()).as("exit code, stderr: %s", run.err()).isEqualTo(exitCode);
        assertThat(run.firstErrorLine()).isEqualTo(firstErrorLine);
        assertThat(run.err()).doesNotContain("\tat ", "Exception:");
    }

    @Test
    void help_listsEveryCommandAndTheExitCodes() {
        assertThat(ok("--help", "--lang", "en").out()).contains("check", "score", "report", "soa", "selfassess",
                "convert", "walkthrough", "0   ok", "1   invalid input", "2   usage");
        assertThat(ok("--help", "--lang", "ja").out()).contains("終了コード", "使い方の誤り");
        assertThat(ok("score", "--help", "--lang", "en").out()).startsWith("Usage: isms4j score");
    }

    /** The options each command's help shows, besides --help, --version and --lang: each one the command reads. */
    private static final Map<String, List<String>> OPTIONS = Map.of(
            "check", List.of("--format", "--kind", "--model", "--inventory"),
            "score", List.of("--format", "--model", "--output"),
            "report", List.of("--format", "--model", "--inventory", "--plan", "--soa", "--company", "--as-of",
                    "--output"),
            "soa draft", List.of("--format", "--model", "--inventory", "--output"),
            "soa migrate", List.of("--format", "--output"),
            "plan draft", List.of("--format", "--model", "--inventory", "--task", "--owner", "--start", "--end",
                    "--output"),
            "selfassess", List.of(),
            "convert", List.of("--format", "--kind", "--model", "--inventory"),
            "walkthrough", List.of("--html"));

    /** An option's name at the start of a line of the help's option list, such as {@code   -o, --output=OUT}. */
    private static final Pattern OPTION_LINE = Pattern.compile("^ {2}(?:-\\w, | {4})(--[a-z][a-z-]*)");

    @Test
    void help_showsOnlyTheOptionsEachCommandReads() {
        for (Map.Entry<String, List<String>> command : OPTIONS.entrySet()) {
            List<String> args = new java.util.ArrayList<>(List.of(command.getKey().split(" ")));
            args.addAll(List.of("--help", "--lang", "en"));
            List<String> shown = ok(args.toArray(String[]::new)).out().lines().map(OPTION_LINE::matcher)
                    .filter(Matcher::find).map(m -> m.group(1)).toList();
            List<String> expected = new java.util.ArrayList<>(command.getValue());
            expected.addAll(List.of("--help", "--version", "--lang"));
            assertThat(shown).as(command.getKey()).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void kind_isAnOptionOnlyOfTheCommandsThatReadAnyDocument() {
        String register = files.path("register.json");
        String unknown = "Unknown options: '--kind', 'plan'";
        fails(2, unknown, "soa", "draft", register, "--kind", "plan");
        fails(2, unknown, planDraft(register, "2024-09-30", "--kind", "plan"));
        fails(2, unknown, "report", register, "--format", "md", "--kind", "plan");
        fails(2, unknown, "score", files.path("unscored.json"), "--kind", "plan");
        fails(2, "Unknown options: '--inventory', '" + register + "'", "score", files.path("unscored.json"),
                "--inventory", register);
        fails(1, files.path("plan.json") + ": $.format: Unknown format: 'isms4j.treatment-plan' (valid values "
                + "isms4j.asset-inventory)", "check", "--kind", "inventory", files.path("plan.json"));
    }

    @Test
    void noCommand_isAUsageError() {
        fails(2, "Missing command: give one of the commands below.", "--lang", "en");
        fails(2, "Unmatched argument at index 0: 'bogus'", "bogus", "--lang", "en");
        fails(2, "Unknown language: 'fr' (valid values ja, en)", "walkthrough", "--lang", "fr");
    }

    @Test
    void check_bundledFiles() {
        assertThat(ok("check", files.path("register.json"), files.path("plan.json"), "--lang", "en").out())
                .isEqualTo(files.path("register.json") + ": valid (3 risks)\n" + files.path("plan.json")
                        + ": valid (5 plan rows)\n");
    }

    @Test
    void check_badFiles_nameTheFileAndTheLocation() {
        fails(1, files.path("bad level.json") + ": $.risks[2].firstEvaluation.level: Invalid value for risk level "
                + "(model isms4j-standard@1 gives 9): 5", "check", files.path("bad level.json"), "--lang", "en");
        fails(1, files.path("not json.json") + ": $: Invalid JSON: Unexpected end-of-input within/between "
                + "Object entries", "check", files.path("not json.json"));
    }

    @Test
    void check_reportsEveryFile_andExitsWithTheWorst() {
        Run run = run("check", files.path("bad level.json"), files.path("register.json"), files.path("notes.txt"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEqualTo(files.path("register.json") + ": valid (3 risks)\n");
        assertThat(run.err().lines()).hasSize(2);
    }

    @Test
    void paths_areCheckedFirst() {
        fails(1, files.path("missing.json") + ": no such file", "check", files.path("missing.json"));
        fails(1, files.path("a directory") + ": is a directory, not a file", "check", files.path("a directory"));
        fails(1, files.path("missing.json") + ": no such file", "report", files.path("missing.json"), "--format", "md");
    }

    /** A FIFO in the fixture's directory, or the test skipped where {@code mkfifo} is unavailable. */
    private Path fifo(String name) throws Exception {
        Path fifo = files.file(name);
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        return fifo;
    }

    @Test
    void fifo_asInput_isNotReadByAnyCommand() throws Exception {
        String fifo = fifo("a fifo").toString();
        String line = fifo + ": not a regular file (a FIFO, socket or device)";
        fails(1, line, "check", fifo);
        fails(1, line, "score", fifo);
        fails(1, line, "report", fifo, "--format", "md");
        fails(1, line, "report", files.path("register.json"), "--plan", fifo, "--format", "md");
        fails(1, line, "soa", "draft", fifo);
        fails(1, line, "soa", "migrate", fifo);
        fails(1, line, planDraft(fifo, "2024-09-30"));
        fails(1, line, "selfassess", fifo);
        fails(1, line, "convert", fifo, files.path("out.json"));
        fails(1, line, "check", "--model", fifo, files.path("register.json"));
    }

    @Test
    void directory_asInput_isOneLineNamingIt() {
        String dir = files.path("a directory");
        String line = dir + ": is a directory, not a file";
        fails(1, line, "score", dir);
        fails(1, line, "soa", "migrate", dir);
        fails(1, line, planDraft(dir, "2024-09-30"));
        fails(1, line, "selfassess", dir);
        fails(1, line, "convert", dir, files.path("out.json"));
    }

    @Test
    void outputs_areCheckedFirst_aDirectoryOrFifoIsNeverWritten() throws Exception {
        String dir = files.path("a directory");
        String toDir = dir + ": is a directory, not a file to write";
        fails(1, toDir, "score", files.path("unscored.json"), "-o", dir);
        fails(1, toDir, "report", files.path("register.json"), "--format", "md", "-o", dir);
        fails(1, toDir, "soa", "draft", files.path("register.json"), "-o", dir);
        fails(1, toDir, "soa", "migrate", files.path("soa 2013.json"), "-o", dir);
        fails(1, toDir, planDraft(files.path("register.json"), "2024-09-30", "-o", dir));
        String fifo = fifo("out fifo").toString();
        String toFifo = fifo + ": not a regular file (a FIFO, socket or device), not written";
        fails(1, toFifo, "score", files.path("unscored.json"), "-o", fifo);
        fails(1, toFifo, "convert", files.path("register.json"), fifo, "--format", "json");
        fails(1, toFifo, "report", files.path("register.json"), "--format", "md", "-o", fifo);
        fails(1, files.path("no dir") + "/out.json: no such directory: " + files.file("no dir").toAbsolutePath(),
                "soa", "draft", files.path("register.json"), "-o", files.path("no dir") + "/out.json");
        fails(1, files.path("register.json") + ": not a directory", "walkthrough", "--html", files.path("register.json"));
        Files.createDirectories(files.file("html dir").resolve(WalkthroughCommand.HTML_NAME));
        fails(1, files.file("html dir").resolve(WalkthroughCommand.HTML_NAME) + ": is a directory, not a file to write",
                "walkthrough", "--html", files.path("html dir"));
        assertThat(files.file("a directory")).isEmptyDirectory();
    }

    @Test
    void xlsx_register_convertedCheckedAndBack_isTheSameRegister() {
        Run toXlsx = ok("convert", files.path("register.json"), files.path("register.xlsx"), "--lang", "en");
        assertThat(toXlsx.out()).isEqualTo("Written to " + files.path("register-inventory.xlsx") + "\nWritten to "
                + files.path("register.xlsx") + "\n");
        assertThat(toXlsx.err()).as("a workbook keeps the approval record: no warning").isEmpty();
        assertThat(Workbooks.sheetNames(files.file("register.xlsx"))).containsExactly("Risk assessment report");
        assertThat(ok("check", files.path("register.xlsx"), "--inventory", files.path("register-inventory.xlsx")).out())
                .isEqualTo(files.path("register.xlsx") + ": valid (3 risks)\n");
        assertThat(ok("check", "--kind", "inventory", files.path("register-inventory.xlsx")).out())
                .isEqualTo(files.path("register-inventory.xlsx") + ": valid (7 assets)\n");
        ok("convert", files.path("register.xlsx"), "--inventory", files.path("register-inventory.xlsx"),
                files.path("again.json"));
        assertThat(files.json("again.json")).isEqualTo(files.json("register.json"));
        fails(2, files.path("register.xlsx") + ": an XLSX register needs its inventory: give --inventory INVENTORY",
                "check", files.path("register.xlsx"));
        fails(2, files.path("register.xlsx") + ": score reads a JSON register; convert an XLSX register to JSON "
                + "first (isms4j convert)", "score", files.path("register.xlsx"));
    }

    @Test
    void xlsx_everyDirection_betweenJsonCsvAndXlsx() {
        ok("convert", files.path("register.json"), files.path("ja.xlsx"), "--lang", "ja");
        assertThat(Workbooks.sheetNames(files.file("ja.xlsx"))).containsExactly("リスクアセスメント結果報告書");
        assertThat(Workbooks.sheetNames(files.file("ja-inventory.xlsx"))).containsExactly("資産目録");
        ok("convert", files.path("ja.xlsx"), "--inventory", files.path("ja-inventory.xlsx"), files.path("ja.csv"));
        ok("convert", files.path("ja.csv"), "--inventory", files.path("ja-inventory.csv"), files.path("back.xlsx"));
        ok("convert", files.path("back.xlsx"), "--inventory", files.path("back-inventory.xlsx"),
                files.path("back.json"));
        com.fasterxml.jackson.databind.node.ObjectNode withoutApproval =
                (com.fasterxml.jackson.databind.node.ObjectNode) files.json("register.json");
        withoutApproval.remove("approval");
        assertThat(files.json("back.json")).as("through CSV, which has no approval record").isEqualTo(withoutApproval);
        ok("convert", files.path("plan.json"), files.path("plan.xlsx"));
        ok("convert", "--kind", "plan", files.path("plan.xlsx"), files.path("plan.csv"));
        ok("convert", "--kind", "plan", files.path("plan.csv"), files.path("plan again.xlsx"));
        ok("convert", "--kind", "plan", files.path("plan again.xlsx"), files.path("plan again.json"));
        assertThat(files.json("plan again.json")).isEqualTo(files.json("plan.json"));
        ok("soa", "draft", files.path("register.json"), "-o", files.path("soa.json"));
        ok("convert", files.path("soa.json"), files.path("soa.xlsx"));
        assertThat(ok("check", "--format", "xlsx", "--kind", "soa", files.path("soa.xlsx")).out())
                .isEqualTo(files.path("soa.xlsx") + ": valid (2 decisions)\n");
        ok("convert", "--kind", "soa", files.path("soa.xlsx"), files.path("soa again.json"));
        assertThat(files.json("soa again.json")).isEqualTo(files.json("soa.json"));
        fails(2, files.path("copy.xlsx") + ": a 2013-based Statement of Applicability is a JSON document only; soa "
                + "migrate writes the 2022 one, as JSON, CSV or XLSX", "convert", files.path("soa 2013.json"),
                files.path("copy.xlsx"));
        fails(2, files.path("out.txt") + ": the extension of OUT gives the format to write: .json, .csv or .xlsx",
                "convert", files.path("plan.json"), files.path("out.txt"));
    }

    @Test
    void xlsx_drafts_andTheReportWorkbook() throws Exception {
        Run soa = ok("soa", "draft", files.path("register.json"), "-o", files.path("draft soa.xlsx"));
        assertThat(soa.out()).isEqualTo("Written to " + files.path("draft soa.xlsx") + "\n");
        assertThat(ok("check", "--kind", "soa", files.path("draft soa.xlsx")).out())
                .isEqualTo(files.path("draft soa.xlsx") + ": valid (2 decisions)\n");
        ok("soa", "migrate", files.path("soa 2013.json"), "--format", "xlsx", "-o", files.path("migrated.xlsx"));
        assertThat(ok("check", "--kind", "soa", files.path("migrated.xlsx")).out())
                .isEqualTo(files.path("migrated.xlsx") + ": valid (3 decisions)\n");
        ok(planDraft(files.path("register.json"), "2024-09-30", "-o", files.path("draft plan.xlsx")));
        assertThat(ok("check", "--kind", "plan", files.path("draft plan.xlsx")).out())
                .isEqualTo(files.path("draft plan.xlsx") + ": valid (5 plan rows)\n");
        Run report = ok("report", files.path("register.json"), "--format", "xlsx", "--company", "株式会社サンプル",
                "--lang", "ja", "-o", files.path("report.xlsx"));
        assertThat(report.out()).isEqualTo(files.path("report.xlsx") + " に書き出した\n");
        assertThat(Workbooks.cells(files.file("report.xlsx"))).contains("株式会社サンプル", "リスク源");
        ok("convert", files.path("register.json"), files.path("register.xlsx"));
        ok("convert", files.path("report.xlsx"), "--inventory", files.path("register-inventory.xlsx"),
                files.path("from report.json"));
        assertThat(files.json("from report.json")).isEqualTo(files.json("register.json"));
        Run toStdout = ok("report", files.path("register.json"), "--format", "xlsx");
        assertThat(toStdout.out()).startsWith("PK");
        fails(2, "--plan is not used by --format xlsx (only by --format html or md)", "report",
                files.path("register.json"), "--format", "xlsx", "--plan", files.path("plan.json"));
        fails(2, "--company is not used by --format md (only by --format html or xlsx)", "report",
                files.path("register.json"), "--format", "md", "--company", "株式会社サンプル");
        fails(2, "--as-of is not used by --format csv (only by --format html)", "report",
                files.path("register.json"), "--format", "csv", "--as-of", "2024-01-15");
    }

    @Test
    void xlsx_badWorkbook_namesTheFileAndTheCell() {
        String line = files.path("bad rating.xlsx") + ": 資産目録!I2: Invalid value for confidentiality (valid values "
                + "0 - 10): 11";
        fails(1, line, "check", "--kind", "inventory", files.path("bad rating.xlsx"));
        fails(1, line, "convert", "--kind", "inventory", files.path("bad rating.xlsx"), files.path("out.json"));
        ok("convert", files.path("register.json"), files.path("register.xlsx"));
        fails(1, line, "check", files.path("register.xlsx"), "--inventory", files.path("bad rating.xlsx"));
        fails(1, files.path("book.xlsx") + ": workbook: Invalid workbook: not an .xlsx file (a zip)", "check",
                "--kind", "plan", files.path("book.xlsx"));
        assertThat(files.file("out.json")).doesNotExist();
    }

    @Test
    void score_fillsInWhatTheModelComputes() {
        ok("score", files.path("unscored.json"), "-o", files.path("scored.json"));
        assertThat(files.json("scored.json")).isEqualTo(files.json("register.json"));
        Run toStdout = ok("score", files.path("unscored.json"));
        assertThat(toStdout.err()).isEqualTo("Scored 3 risks, written to stdout\n");
        fails(1, files.path("bad level.json") + ": $.risks[2].firstEvaluation.level: Invalid value for risk level "
                + "(model isms4j-standard@1 gives 9): 5", "score", files.path("bad level.json"));
    }

    @Test
    void report_eachFormat() throws Exception {
        ok("report", files.path("register.json"), "--plan", files.path("plan.json"), "--format", "html", "--as-of",
                "2024-01-15", "--company", "株式会社サンプル", "-o", files.path("report.html"));
        assertThat(Files.readString(files.file("report.html"))).startsWith("<!DOCTYPE html>").contains("株式会社サンプル");
        assertThat(ok("report", files.path("register.json"), "--format", "md", "--lang", "en").out())
                .contains("## Statement of Applicability", "| 5.12 | Classification of information |");
        assertThat(ok("report", files.path("register.json"), "--format", "csv", "--lang", "ja").out())
                .startsWith("番号,");
        fails(2, "Unknown report format: 'pdf' (valid values html, md, csv, xlsx)", "report",
                files.path("register.json"), "--format", "pdf");
        fails(2, "Invalid value for --as-of (a date YYYY-MM-DD): 'soon'", "report", files.path("register.json"),
                "--format", "html", "--as-of", "soon");
    }

    @Test
    void soaDraft_makesTheTreatmentsControlsApplicable() {
        Run run = ok("soa", "draft", files.path("register.json"), "--lang", "en");
        assertThat(run.out()).contains("\"format\": \"isms4j.statement-of-applicability\"", "\"5.12\"", "\"5.13\"");
        assertThat(run.err()).isEqualTo("Drafted: 2 controls applicable, 91 undecided\n");
    }

    @Test
    void soaMigrate_carriesTheAgreeingDecisions_andListsTheRest() {
        Run run = ok("soa", "migrate", files.path("soa 2013.json"), "-o", files.path("soa 2022.json"), "--lang", "en");
        assertThat(run.out()).isEqualTo("Written to " + files.path("soa 2022.json") + "\n");
        List<String> lines = run.err().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.subList(0, 3)).containsExactly(
                "Migrated 5 decisions of ISO/IEC 27001:2013: 3 controls decided; undecided: 1 in conflict, 11 new in "
                        + "2022, 78 whose 2013 controls were not decided",
                "  Control 5.1 has disagreeing 2013 decisions: A.5.1.1 applicable (implemented), A.5.1.2 applicable "
                        + "(not implemented)",
                "New in 2022, to decide afresh: 5.7, 5.23, 5.30, 7.4, 8.9, 8.10, 8.11, 8.12, 8.16, 8.23, 8.28");
        assertThat(lines.get(3)).startsWith("Not decided in 2013, to decide: 5.2, 5.3, ").endsWith(", 8.34")
                .doesNotContain(" 5.1,", "5.12", "5.7,");
        com.fasterxml.jackson.databind.JsonNode decisions = files.json("soa 2022.json").get("decisions");
        assertThat(decisions.fieldNames()).toIterable().containsExactly("5.12", "5.13", "8.25");
        assertThat(decisions.get("5.12").get("status").asText()).isEqualTo("implemented");
        assertThat(ok("check", files.path("soa 2022.json")).out())
                .isEqualTo(files.path("soa 2022.json") + ": valid (3 decisions)\n");
        assertThat(ok("check", files.path("soa 2013.json")).out())
                .isEqualTo(files.path("soa 2013.json") + ": valid (5 decisions)\n");
        assertThat(ok("soa", "migrate", files.path("soa 2013.json"), "--format", "csv", "--lang", "ja").out())
                .startsWith("管理策番号,");
    }

    @Test
    void soaMigrate_badFiles() throws Exception {
        Files.writeString(files.file("soa 2013.csv"), "管理策番号\n");
        fails(1, files.path("bad soa 2013.json") + ": $.decisions['A.14.2.14']: Unknown ISO/IEC 27001:2013 control: "
                + "'A.14.2.14' (valid ids A.14.2.1 - A.14.2.9)", "soa", "migrate", files.path("bad soa 2013.json"));
        fails(1, files.path("register.json") + ": $.format: Unknown format: 'isms4j.risk-register' (valid "
                + "values isms4j.statement-of-applicability-2013)", "soa", "migrate",
                files.path("register.json"));
        fails(1, files.path("missing.json") + ": no such file", "soa", "migrate", files.path("missing.json"));
        fails(2, files.path("soa 2013.csv") + ": a 2013-based Statement of Applicability is a JSON document only "
                + "(isms4j.statement-of-applicability-2013)", "soa", "migrate", files.path("soa 2013.csv"));
        fails(2, files.path("copy.csv") + ": a 2013-based Statement of Applicability is a JSON document only; soa "
                + "migrate writes the 2022 one, as JSON, CSV or XLSX", "convert", files.path("soa 2013.json"),
                files.path("copy.csv"));
    }

    /** {@code plan draft REGISTER} with every row's values, the planned end {@code end}, and more arguments. */
    private static String[] planDraft(String register, String end, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("plan", "draft", register, "--task", "検討", "--owner",
                "ISMS事務局", "--start", "2024-04-01", "--end", end));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void planDraft_oneRowPerControl_readBackByCheck() {
        Run run = ok(planDraft(files.path("register.json"), "2024-09-30", "-o", files.path("draft plan.json"),
                "--lang", "en"));
        assertThat(run.err()).isEqualTo("Drafted: 5 plan rows from the treatments of 3 of 3 risks\n");
        com.fasterxml.jackson.databind.JsonNode items = files.json("draft plan.json").get("items");
        assertThat(items).hasSize(5);
        assertThat(items.get(0).get("control").get("text").asText()).isEqualTo("モバイル機器の利用ルールを整備・強化");
        assertThat(items.get(2).get("control").get("annexA").asText()).isEqualTo("5.12");
        assertThat(items.get(4).get("riskNumbers").toString()).isEqualTo("[3]");
        assertThat(items.get(4).get("owner").asText()).isEqualTo("ISMS事務局");
        assertThat(ok("check", files.path("draft plan.json")).out())
                .isEqualTo(files.path("draft plan.json") + ": valid (5 plan rows)\n");
        ok(planDraft(files.path("register.json"), "2024-09-30", "-o", files.path("draft plan.csv")));
        assertThat(ok("check", "--kind", "plan", files.path("draft plan.csv")).out())
                .isEqualTo(files.path("draft plan.csv") + ": valid (5 plan rows)\n");
        assertThat(ok(planDraft(files.path("register.json"), "2024-09-30", "--format", "csv", "--lang", "ja")).out())
                .startsWith("番号,");
    }

    @Test
    void planDraft_badOptionsAndFiles() {
        fails(2, "Missing required option: '--owner=OWNER'", "plan", "draft", files.path("register.json"), "--task",
                "t", "--start", "2024-04-01", "--end", "2024-09-30");
        fails(2, "Invalid value for --end (a date YYYY-MM-DD): 'soon'",
                planDraft(files.path("register.json"), "soon"));
        fails(2, "Invalid --task, --owner, --start or --end: Invalid plan row 1: the planned end 2024-03-31 is before "
                + "the planned start 2024-04-01", planDraft(files.path("register.json"), "2024-03-31"));
        fails(1, files.path("missing.json") + ": no such file", planDraft(files.path("missing.json"), "2024-09-30"));
        fails(1, files.path("bad level.json") + ": $.risks[2].firstEvaluation.level: Invalid value for risk level "
                + "(model isms4j-standard@1 gives 9): 5", planDraft(files.path("bad level.json"), "2024-09-30"));
        fails(2, files.path("plan.txt") + ": unknown extension 'txt'; give --format json|csv|xlsx",
                planDraft(files.path("register.json"), "2024-09-30", "-o", files.path("plan.txt")));
    }

    @Test
    void selfassess_scoresTheSheet() {
        assertThat(ok("selfassess", files.path("sheet.json"), "--lang", "en").out())
                .contains("Total: 9 / 20", "Unknown: 5; below target: 2, 4, 5");
        fails(1, files.path("bad sheet.json") + ": $.answers[3].answer: Invalid answer to question 4 (valid values "
                + "implemented, partly_implemented, not_implemented, unknown): 'maybe'", "selfassess",
                files.path("bad sheet.json"));
        fails(1, files.path("other set sheet.json") + ": $.questionSet: Question set mismatch: this document answers "
                + "ipa-self-assessment-part1-example@2, not ipa-self-assessment-part1-example@1, "
                + QuestionSets.cloudOperation().id() + "@" + QuestionSets.cloudOperation().version(), "selfassess",
                files.path("other set sheet.json"));
    }

    @Test
    void convert_toCsvAndBack_givesTheSameRegister() {
        Run toCsv = ok("convert", files.path("register.json"), files.path("register.csv"), "--lang", "en");
        assertThat(toCsv.firstErrorLine()).isEqualTo(files.path("register.csv") + ": a CSV register holds no "
                + "approval record: the register's author, approver and dates are not in the CSV");
        assertThat(files.file("register-inventory.csv")).exists();
        ok("convert", files.path("register.csv"), "--inventory", files.path("register-inventory.csv"),
                files.path("again.json"));
        com.fasterxml.jackson.databind.node.ObjectNode withoutApproval =
                (com.fasterxml.jackson.databind.node.ObjectNode) files.json("register.json");
        withoutApproval.remove("approval");
        assertThat(files.json("again.json")).isEqualTo(withoutApproval);
        ok("convert", files.path("register.json"), files.path("streamed.json"));
        assertThat(files.json("streamed.json")).isEqualTo(files.json("register.json"));
        fails(2, files.path("register.csv") + ": a CSV register needs its inventory: give --inventory INVENTORY",
                "check", files.path("register.csv"));
    }

    @Test
    void walkthrough_writesTheHtmlReport() throws Exception {
        Path dir = files.file("html out");
        Run run = ok("walkthrough", "--lang", "en", "--html", dir.toString());
        Path html = dir.resolve(WalkthroughCommand.HTML_NAME);
        assertThat(run.out()).endsWith("The HTML report is at " + html.toAbsolutePath() + "\n");
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>")
                .contains("<section id=\"records\" class=\"report-section\">", "<h3>Training record (7.2, 7.3)</h3>",
                        "<h3>Readiness: the documented information required (7.5.1 a) 2024-03-15</h3>");
    }
}
