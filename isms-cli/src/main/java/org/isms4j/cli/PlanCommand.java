package org.isms4j.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.isms4j.core.IsmsException;
import org.isms4j.core.plan.PlanItem;
import org.isms4j.core.plan.PlanItemBuilder;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.csv.IsmsCsv;
import org.isms4j.json.IsmsJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code isms4j plan draft REGISTER --task TASK… --owner OWNER --start DATE --end DATE}: lays
 * out the treatment plan a register's treatments call for ({@link TreatmentPlan#draft}): one row
 * per control the treatments name, traced to the risks that name it. The library leaves each
 * row's tasks, owner and planned dates to the plan's author, and so does the command: the user
 * gives them, every row gets them, and the user edits the rows afterwards. Written as JSON or CSV
 * ({@code --format}, else the extension of {@code -o OUT}).
 *
 * <p>This class is not thread-safe: picocli fills it in for one run.
 */
@Command(name = "plan", mixinStandardHelpOptions = true, subcommands = PlanCommand.Draft.class)
final class PlanCommand {

    @ParentCommand
    IsmsCli cli;

    /**
     * {@code plan draft}.
     *
     * <p>This class is not thread-safe: picocli fills it in for one run.
     */
    @Command(name = "draft", mixinStandardHelpOptions = true)
    static final class Draft implements Callable<Integer> {

        @ParentCommand
        PlanCommand plan;

        @Mixin
        InputOptions input;

        @Mixin
        OutputFormat outputFormat;

        @Parameters(paramLabel = "REGISTER", descriptionKey = "soa.register")
        Path register;

        @Option(names = "--task", paramLabel = "TASK", required = true, descriptionKey = "plan.task")
        List<String> tasks;

        @Option(names = "--owner", paramLabel = "OWNER", required = true, descriptionKey = "plan.owner")
        String owner;

        @Option(names = "--start", paramLabel = "YYYY-MM-DD", required = true, descriptionKey = "plan.start")
        String start;

        @Option(names = "--end", paramLabel = "YYYY-MM-DD", required = true, descriptionKey = "plan.end")
        String end;

        @Option(names = {"-o", "--output"}, paramLabel = "OUT", descriptionKey = "option.output")
        Path output;

        @Override
        public Integer call() throws IOException {
            FileFormat format = outputFormat.of(output);
            LocalDate plannedStart = DateArgument.parse("--start", start);
            LocalDate plannedEnd = DateArgument.parse("--end", end);
            InputPath file = InputPath.check(register);
            RiskRegister read = input.register(file);
            List<PlanItem> rows = new ArrayList<>();
            for (PlanItemBuilder row : TreatmentPlan.draft(read)) {
                try {
                    rows.add(row.tasks(tasks).owner(owner).plannedStart(plannedStart).plannedEnd(plannedEnd).build());
                } catch (IsmsException e) {
                    // The register is valid: what a row lacks came from the options.
                    throw CliFailure.usage("Invalid --task, --owner, --start or --end: " + e.getMessage());
                }
            }
            TreatmentPlan draft = TreatmentPlan.of(rows);
            IsmsCli cli = plan.cli;
            String document = format == FileFormat.CSV ? IsmsCsv.of(cli.locale()).writeTreatmentPlan(draft)
                    : IsmsJson.strict().writeTreatmentPlan(draft);
            ReportCommand.write(cli, output, document.getBytes(StandardCharsets.UTF_8));
            long treated = read.risks().stream().filter(risk -> risk.treatment().isPresent()).count();
            cli.err().println(cli.text("plan.drafted", draft.items().size(), treated, read.risks().size()));
            return CliFailure.OK;
        }
    }
}
