package org.isms4j.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code -h, --help} and {@code -V, --version} options every command shows, as picocli's
 * standard help options but declared in code, like every option of the command (see
 * {@link Subcommand}), and the version they print ({@link Version}).
 *
 * <p>This class is immutable and thread-safe.
 */
final class HelpOptions {

    private static final Version VERSION = new Version();

    private HelpOptions() {}

    /**
     * Adds the help and version options to a command.
     *
     * @param spec the command, not null
     * @return the command
     */
    static CommandSpec addTo(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class).descriptionKey("help")
                .build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class)
                .descriptionKey("version").build());
        return spec.versionProvider(VERSION);
    }
}
