package org.isms4j.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The commands of {@code isms4j}, in the order its help lists them, and how picocli is given them.
 * Only the command a run names is built: a run that names none (the help, a mistyped command) gets
 * them all, so that the help lists them and picocli names the unknown one.
 *
 * <p>Each command gives picocli its model in code ({@code CommandSpec}, {@code OptionSpec}), not
 * by annotations: picocli would build the same model by reflecting on annotated classes, and
 * reading annotations (a proxy class spun per annotation type, every member of every class looked
 * at) was a third of a short command's start-up, which no CDS archive keeps (docs/cli.md,
 * "Start-up"). Each option is declared once, by the class that reads it ({@link InputOptions},
 * {@link FormatOption}, {@link KindOption}, {@link OutputFormat}, {@link OutputOption},
 * {@link HelpOptions}), and added to the commands that use it: a command shows only the options it
 * reads.
 *
 * <p>This enum is immutable and thread-safe.
 */
enum Subcommand {
    /** {@code check FILE…}. */
    CHECK("check"),
    /** {@code score FILE}. */
    SCORE("score"),
    /** {@code report FILE}. */
    REPORT("report"),
    /** {@code soa draft|migrate}. */
    SOA("soa"),
    /** {@code plan draft}. */
    PLAN("plan"),
    /** {@code selfassess SHEET…}. */
    SELFASSESS("selfassess"),
    /** {@code convert IN OUT}. */
    CONVERT("convert"),
    /** {@code walkthrough}. */
    WALKTHROUGH("walkthrough");

    /** The top-level options that take a value, whose value is not a command's name. */
    private static final List<String> OPTIONS_WITH_VALUE = List.of("--lang");

    private final String name;

    Subcommand(String name) {
        this.name = name;
    }

    /**
     * Adds the command the arguments name to the top-level command, or every command if they name
     * none.
     *
     * @param top the top-level command, not null
     * @param cli the run, not null
     * @param args the arguments, not null
     */
    static void register(CommandSpec top, IsmsCli cli, String... args) {
        Subcommand named = named(args);
        for (Subcommand subcommand : values()) {
            if (named == null || named == subcommand) {
                top.addSubcommand(subcommand.name, subcommand.spec(cli));
            }
        }
    }

    /** The model of this command in a run. */
    private CommandSpec spec(IsmsCli cli) {
        return switch (this) {
            case CHECK -> new CheckCommand(cli).spec();
            case SCORE -> new ScoreCommand(cli).spec();
            case REPORT -> new ReportCommand(cli).spec();
            case SOA -> SoaCommand.spec(cli);
            case PLAN -> PlanCommand.spec(cli);
            case SELFASSESS -> new SelfAssessCommand(cli).spec();
            case CONVERT -> new ConvertCommand(cli).spec();
            case WALKTHROUGH -> new WalkthroughCommand(cli).spec();
        };
    }

    /** The command of the first argument that is not an option or an option's value, if it is one. */
    private static Subcommand named(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (OPTIONS_WITH_VALUE.contains(arg)) {
                i++;
            } else if (!arg.startsWith("-")) {
                for (Subcommand subcommand : values()) {
                    if (subcommand.name.equals(arg)) {
                        return subcommand;
                    }
                }
                return null;
            }
        }
        return null;
    }
}
