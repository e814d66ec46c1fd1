package org.isms4j.cli;

import java.io.IOException;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code isms4j plan draft REGISTER --task TASK… --owner OWNER --start DATE --end DATE}: lays
 * out the treatment plan a register's treatments call for ({@link TreatmentPlan#draft}): one row
 * per control the treatments name, traced to the risks that name it. The library leaves each
 * row's tasks, owner and planned dates to the plan's author, and so does the command: the user
 * gives them, every row gets them, and the user edits the rows afterwards. Written as JSON, CSV or
 * XLSX ({@code --format}, else the extension of {@code -o OUT}, else JSON).
 *
 * <p>This class is immutable and thread-safe.
 */
final class PlanCommand {

    private PlanCommand() {}

    /**
     * Returns the model of {@code plan} and its command for picocli.
     *
     * @param cli the run, not null
     * @return the model, not null
     */
    static CommandSpec spec(IsmsCli cli) {
        return HelpOptions.addTo(CommandSpec.create().name("plan")).addSubcommand("draft", new Draft(cli).spec());
    }

    /**
     * {@code plan draft}.
     *
     * <p>This class is not thread-safe: picocli fills it in for one run.
     */
    static final class Draft implements Callable<Integer> {

        private final IsmsCli cli;
        private final InputOptions input = new InputOptions();
        private final OutputFormat outputFormat = new OutputFormat();
        private final OutputOption outputOption = new OutputOption();
        private final PositionalParamSpec register = PositionalParamSpec.builder().paramLabel("REGISTER")
                .type(Path.class).descriptionKey("soa.register").required(true).build();
        private final OptionSpec tasks = OptionSpec.builder("--task").paramLabel("TASK").required(true)
                .type(List.class).auxiliaryTypes(String.class).descriptionKey("plan.task").build();
        private final OptionSpec owner = required("--owner", "OWNER", "plan.owner");
        private final OptionSpec start = required("--start", "YYYY-MM-DD", "plan.start");
        private final OptionSpec end = required("--end", "YYYY-MM-DD", "plan.end");

        private Draft(IsmsCli cli) {
            this.cli = cli;
        }

        private static OptionSpec required(String name, String label, String descriptionKey) {
            return OptionSpec.builder(name).paramLabel(label).required(true).type(String.class)
                    .descriptionKey(descriptionKey).build();
        }

        private CommandSpec spec() {
            CommandSpec spec = HelpOptions.addTo(CommandSpec.wrapWithoutInspection(this).name("draft"));
            input.addTo(spec);
            outputFormat.addTo(spec);
            for (OptionSpec option : List.of(tasks, owner, start, end)) {
                spec.addOption(option);
            }
            outputOption.addTo(spec);
            return spec.addPositional(register);
        }

        @Override
        public Integer call() throws IOException {
            Path output = outputOption.path();
            FileFormat format = outputFormat.of(output);
            LocalDate plannedStart = DateArgument.parse("--start", start.getValue());
            LocalDate plannedEnd = DateArgument.parse("--end", end.getValue());
            List<String> rowTasks = tasks.getValue();
            String rowOwner = owner.getValue();
            InputPath file = InputPath.check(register.getValue());
            RiskRegister read = input.register(file);
            List<PlanItem> rows = new ArrayList<>();
            for (PlanItemBuilder row : TreatmentPlan.draft(read)) {
                try {
                    rows.add(row.tasks(rowTasks).owner(rowOwner).plannedStart(plannedStart).plannedEnd(plannedEnd)
                            .build());
                } catch (IsmsException e) {
                    // The register is valid: what a row lacks came from the options.
                    throw CliFailure.usage("Invalid --task, --owner, --start or --end: " + e.getMessage());
                }
            }
            TreatmentPlan draft = TreatmentPlan.of(rows);
            DocumentCodec writer = format.codec(cli.locale());
            DocumentOutput.write(cli, output, format, DocumentOutput.encode(output, () -> writer.writePlan(draft)));
            long treated = read.risks().stream().filter(risk -> risk.treatment().isPresent()).count();
            cli.err().println(cli.text("plan.drafted", draft.items().size(), treated, read.risks().size()));
            return CliFailure.OK;
        }
    }
}
