package org.isms4j.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.isms4j.core.selfassessment.Aggregation;
import org.isms4j.core.selfassessment.AnswerSheet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code isms4j selfassess SHEET…}: scores LV.2 answer sheets ({@link SheetReader}'s JSON); one
 * sheet prints its answers, part totals, total and the unknown answers, several sheets of one
 * question set also their tally by department.
 *
 * <p>This class is not thread-safe: picocli fills it in for one run.
 */
@Command(name = "selfassess", mixinStandardHelpOptions = true)
final class SelfAssessCommand implements Callable<Integer> {

    @ParentCommand
    IsmsCli cli;

    @Parameters(paramLabel = "SHEET", arity = "1..*", descriptionKey = "selfassess.sheets")
    List<Path> sheets;

    @Override
    public Integer call() {
        List<InputPath> files = sheets.stream().map(InputPath::check).toList();
        List<AnswerSheet> read = new ArrayList<>();
        for (InputPath file : files) {
            read.add(InputOptions.read(file, SheetReader::read));
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
}
