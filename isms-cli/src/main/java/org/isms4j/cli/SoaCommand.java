package org.isms4j.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.isms4j.csv.IsmsCsv;
import org.isms4j.json.IsmsJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code isms4j soa draft REGISTER [-o OUT]}: drafts the Statement of Applicability from a
 * register's treatments ({@link SoaReport#draft}): every Annex A control a treatment names is
 * applicable for the risk assessment result, the others undecided. Written as JSON or CSV
 * ({@code --format}, else the extension of {@code -o OUT}). {@code isms4j soa migrate SOA2013}
 * migrates a 2013-based SoA to a 2022 draft.
 *
 * <p>This class is not thread-safe: picocli fills it in for one run.
 */
@Command(name = "soa", mixinStandardHelpOptions = true, subcommands = {SoaCommand.Draft.class, SoaCommand.Migrate.class})
final class SoaCommand {

    @ParentCommand
    IsmsCli cli;

    /**
     * {@code soa draft}.
     *
     * <p>This class is not thread-safe: picocli fills it in for one run.
     */
    @Command(name = "draft", mixinStandardHelpOptions = true)
    static final class Draft implements Callable<Integer> {

        @ParentCommand
        SoaCommand soa;

        @Mixin
        InputOptions input;

        @Mixin
        OutputFormat outputFormat;

        @Parameters(paramLabel = "REGISTER", descriptionKey = "soa.register")
        Path register;

        @Option(names = {"-o", "--output"}, paramLabel = "OUT", descriptionKey = "option.output")
        Path output;

        @Override
        public Integer call() throws IOException {
            FileFormat format = outputFormat.of(output);
            InputPath file = InputPath.check(register);
            RiskRegister read = input.register(file);
            StatementOfApplicability draft = InputOptions.naming(file, () -> SoaReport.draft(read));
            String document = format == FileFormat.CSV ? IsmsCsv.of(soa.cli.locale()).writeStatementOfApplicability(draft)
                    : IsmsJson.strict().writeStatementOfApplicability(draft);
            ReportCommand.write(soa.cli, output, document.getBytes(StandardCharsets.UTF_8));
            soa.cli.err().println(soa.cli.text("soa.drafted", 93 - draft.undecided().size(), draft.undecided().size()));
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
    @Command(name = "migrate", mixinStandardHelpOptions = true)
    static final class Migrate implements Callable<Integer> {

        @ParentCommand
        SoaCommand soa;

        @Mixin
        OutputFormat outputFormat;

        @Parameters(paramLabel = "SOA2013", descriptionKey = "soa.soa2013")
        Path soa2013;

        @Option(names = {"-o", "--output"}, paramLabel = "OUT", descriptionKey = "option.output")
        Path output;

        @Override
        public Integer call() throws IOException {
            FileFormat format = outputFormat.of(output);
            InputPath file = InputPath.check(soa2013);
            SoaMigration migration = new InputOptions().soa2013(file);
            StatementOfApplicability draft = migration.draft();
            IsmsCli cli = soa.cli;
            String document = format == FileFormat.CSV ? IsmsCsv.of(cli.locale()).writeStatementOfApplicability(draft)
                    : IsmsJson.strict().writeStatementOfApplicability(draft);
            ReportCommand.write(cli, output, document.getBytes(StandardCharsets.UTF_8));
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
