package org.isms4j.cli;

import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The commands of {@code isms4j}, in the order its help lists them. Only the command a run names
 * is handed to picocli, which builds a command's model by reflecting on its class: building all
 * eight for every run was most of the start-up. A run that names none (the help, a mistyped
 * command) gets them all, so that the help lists them and picocli names the unknown one.
 *
 * <p>This enum is immutable and thread-safe.
 */
enum Subcommand {
    /** {@code check FILE…}. */
    CHECK("check", CheckCommand::new),
    /** {@code score FILE}. */
    SCORE("score", ScoreCommand::new),
    /** {@code report FILE}. */
    REPORT("report", ReportCommand::new),
    /** {@code soa draft|migrate}. */
    SOA("soa", SoaCommand::new),
    /** {@code plan draft}. */
    PLAN("plan", PlanCommand::new),
    /** {@code selfassess SHEET…}. */
    SELFASSESS("selfassess", SelfAssessCommand::new),
    /** {@code convert IN OUT}. */
    CONVERT("convert", ConvertCommand::new),
    /** {@code walkthrough}. */
    WALKTHROUGH("walkthrough", WalkthroughCommand::new);

    /** The top-level options that take a value, whose value is not a command's name. */
    private static final List<String> OPTIONS_WITH_VALUE = List.of("--lang");

    private final String name;
    private final Supplier<Object> command;

    Subcommand(String name, Supplier<Object> command) {
        this.name = name;
        this.command = command;
    }

    /**
     * Adds the command the arguments name to the top-level command, or every command if they name
     * none.
     *
     * @param top the top-level command line, not null
     * @param args the arguments, not null
     */
    static void register(CommandLine top, String... args) {
        Subcommand named = named(args);
        for (Subcommand subcommand : values()) {
            if (named == null || named == subcommand) {
                top.addSubcommand(subcommand.name, subcommand.command.get());
            }
        }
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
