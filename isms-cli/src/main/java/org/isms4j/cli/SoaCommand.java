package org.isms4j.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.soa.MigrationConflict;
import org.isms4j.annexa.soa.SoaMigration;
import org.isms4j.annexa.soa.SoaReport;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.register.RiskRegister;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code isms4j soa draft REGISTER [-o OUT]}: drafts the Statement of Applicability from a
 * register's treatments ({@link SoaReport#draft}): every Annex A control a treatment names is
 * applicable for the risk assessment result, the others undecided. Written as JSON, CSV or XLSX
 * ({@code --format}, else the extension of {@code -o OUT}, else JSON). {@code isms4j soa migrate SOA2013}
 * migrates a 2013-based SoA to a 2022 draft.
 *
 * <p>This class is immutable and thread-safe.
 */
final class SoaCommand {

    private SoaCommand() {}

    /**
     * Returns the model of {@code soa} and its two commands for picocli.
     *
     * @param cli the run, not null
     * @return the model, not null
     */
    static CommandSpec spec(IsmsCli cli) {
        return HelpOptions.addTo(CommandSpec.create().name("soa"))
                .addSubcommand("draft", new Draft(cli).spec())
                .addSubcommand("migrate", new Migrate(cli).spec());
    }

    /**
     * {@code soa draft}.
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

        private Draft(IsmsCli cli) {
            this.cli = cli;
        }

        private CommandSpec spec() {
            CommandSpec spec = HelpOptions.addTo(CommandSpec.wrapWithoutInspection(this).name("draft"));
            input.addTo(spec);
            outputFormat.addTo(spec);
            outputOption.addTo(spec);
            return spec.addPositional(register);
        }

        @Override
        public Integer call() throws IOException {
            Path output = outputOption.path();
            FileFormat format = outputFormat.of(output);
            InputPath file = InputPath.check(register.getValue());
            RiskRegister read = input.register(file);
            StatementOfApplicability draft = InputOptions.naming(file, () -> SoaReport.draft(read));
            DocumentCodec writer = format.codec(cli.locale());
            DocumentOutput.write(cli, output, format, DocumentOutput.encode(output, () -> writer.writeSoa(draft)));
            cli.err().println(cli.text("soa.drafted", 93 - draft.undecided().size(), draft.undecided().size()));
            return CliFailure.OK;
        }
    }

    /**
     * {@code soa migrate SOA2013 [-o OUT]}: migrates a Statement of Applicability written against
     * ISO/IEC 27001:2013 (the {@code isms4j.statement-of-applicability-2013} document) to a 2022
     * draft by {@link SoaMigration}: agreeing decisions carried over, conflicting, new and
     * uncovered controls left undecided and listed on stderr.
     *
     * <p>This class is not thread-safe: picocli fills it in for one run.
     */
    static final class Migrate implements Callable<Integer> {

        private final IsmsCli cli;
        private final OutputFormat outputFormat = new OutputFormat();
        private final OutputOption outputOption = new OutputOption();
        private final PositionalParamSpec soa2013 = PositionalParamSpec.builder().paramLabel("SOA2013")
                .type(Path.class).descriptionKey("soa.soa2013").required(true).build();

        private Migrate(IsmsCli cli) {
            this.cli = cli;
        }

        private CommandSpec spec() {
            CommandSpec spec = HelpOptions.addTo(CommandSpec.wrapWithoutInspection(this).name("migrate"));
            outputFormat.addTo(spec);
            outputOption.addTo(spec);
            return spec.addPositional(soa2013);
        }

        @Override
        public Integer call() throws IOException {
            Path output = outputOption.path();
            FileFormat format = outputFormat.of(output);
            InputPath file = InputPath.check(soa2013.getValue());
            SoaMigration migration = new InputOptions().soa2013(file);
            StatementOfApplicability draft = migration.draft();
            DocumentCodec writer = format.codec(cli.locale());
            DocumentOutput.write(cli, output, format, DocumentOutput.encode(output, () -> writer.writeSoa(draft)));
            cli.err().println(cli.text("soa.migrated", migration.iso2013Decisions().size(), draft.decisions().size(),
                    migration.conflicts().size(), migration.newControls().size(), migration.uncovered().size()));
            for (MigrationConflict conflict : migration.conflicts()) {
                cli.err().println("  " + conflict.message());
            }
            cli.err().println(cli.text("soa.newControls", join(migration.newControls())));
            if (!migration.uncovered().isEmpty()) {
                cli.err().println(cli.text("soa.uncovered", join(migration.uncovered())));
            }
            return CliFailure.OK;
        }

        private static String join(List<ControlId> ids) {
            return ids.stream().map(ControlId::toString).collect(Collectors.joining(", "));
        }
    }
}
