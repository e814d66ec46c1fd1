package org.isms4j.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.isms4j.core.selfassessment.Aggregation;
import org.isms4j.core.selfassessment.AnswerSheet;
import org.isms4j.core.selfassessment.QuestionSets;
import org.isms4j.json.IsmsJson;
import org.isms4j.json.JsonDocument;
import org.isms4j.json.SelfAssessmentDocuments;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code isms4j selfassess SHEET…}: scores LV.2 answer sheets, each an isms-json answer sheet
 * document ({@code "format": "isms4j.answer-sheet"}) of one of the bundled question sets; one
 * sheet prints its answers, part totals, total and the unknown answers, several sheets of one
 * question set also their tally by department.
 *
 * <p>This class is not thread-safe: picocli fills it in for one run.
 */
final class SelfAssessCommand implements Callable<Integer> {

    /** The answer sheet document of the bundled sets, the self-assessment's Part 1 and the cloud checklist. */
    private static final JsonDocument<AnswerSheet> SHEET = SelfAssessmentDocuments.answerSheet(
            List.of(QuestionSets.selfAssessmentPart1(), QuestionSets.cloudOperation()));

    private final IsmsCli cli;
    private final PositionalParamSpec sheets = PositionalParamSpec.builder().paramLabel("SHEET").arity("1..*")
            .type(List.class).auxiliaryTypes(Path.class).descriptionKey("selfassess.sheets").required(true)
            .build();

    /**
     * Creates the command of a run.
     *
     * @param cli the run, not null
     */
    SelfAssessCommand(IsmsCli cli) {
        this.cli = cli;
    }

    /**
     * Returns the command's model for picocli.
     *
     * @return the model, not null
     */
    CommandSpec spec() {
        return HelpOptions.addTo(CommandSpec.wrapWithoutInspection(this).name("selfassess")).addPositional(sheets);
    }

    @Override
    public Integer call() {
        List<Path> paths = sheets.getValue();
        List<InputPath> files = paths.stream().map(InputPath::check).toList();
        List<AnswerSheet> read = new ArrayList<>();
        for (InputPath file : files) {
            read.add(InputOptions.read(file, SelfAssessCommand::readSheet));
        }
        SelfAssessmentPrinter printer = new SelfAssessmentPrinter(cli.out(), cli.locale());
        for (int i = 0; i < read.size(); i++) {
            cli.out().println("## " + files.get(i) + " — " + read.get(i).department());
            cli.out().println();
            printer.print(read.get(i).result());
            cli.out().println();
        }
        if (read.size() > 1) {
            cli.out().println("## " + cli.t("集計", "Tally"));
            cli.out().println();
            printer.print(InputOptions.naming(files.get(0), () -> Aggregation.of(read)));
        }
        return CliFailure.OK;
    }

    /**
     * Reads an answer sheet document of a bundled question set.
     *
     * @param in the document, not null
     * @return the sheet, not null
     * @throws org.isms4j.json.IsmsJsonException naming the JSON path of the problem
     */
    static AnswerSheet readSheet(InputStream in) {
        return IsmsJson.strict().read(SHEET, in);
    }
}
