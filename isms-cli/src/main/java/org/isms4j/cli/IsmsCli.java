package org.isms4j.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.isms4j.core.IsmsException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/**
 * The {@code isms4j} command: {@code check}, {@code score}, {@code report}, {@code soa},
 * {@code selfassess}, {@code convert} and {@code walkthrough}, in Japanese or English
 * ({@code --lang ja|en}, by default the language of the locale).
 *
 * <p>Exit codes: 0 ok, 1 invalid input (a bad file, a path that cannot be read), 2 usage (an
 * unknown option, a missing argument, a format not supported yet). A failure is one line on
 * stderr, never a stack trace.
 *
 * <p>This class is not thread-safe: one instance serves one run.
 */
@Command(name = "isms4j", mixinStandardHelpOptions = true, versionProvider = Version.class)
public final class IsmsCli implements java.util.concurrent.Callable<Integer> {

    /** The resource bundle of the help texts and the command's own lines, ja and en. */
    static final String MESSAGES = "org.isms4j.cli.Messages";

    @Option(names = "--lang", paramLabel = "ja|en", descriptionKey = "option.lang", scope = CommandLine.ScopeType.INHERIT)
    String lang;

    @Spec
    CommandSpec spec;

    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;
    private final ResourceBundle messages;

    private IsmsCli(PrintStream out, PrintStream err, Locale locale) {
        this.out = out;
        this.err = err;
        this.locale = locale;
        this.messages = ResourceBundle.getBundle(MESSAGES, locale);
    }

    /**
     * Runs the command and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /**
     * Runs the command in-process.
     *
     * @param out standard output, not null
     * @param err standard error, not null
     * @param args the arguments, not null
     * @return the exit code: 0 ok, 1 invalid input, 2 usage
     */
    public static int run(PrintStream out, PrintStream err, String... args) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(args, "args");
        Locale locale;
        try {
            locale = localeOf(args);
        } catch (CliFailure e) {
            err.println(e.getMessage());
            return e.exitCode();
        }
        IsmsCli cli = new IsmsCli(out, err, locale);
        CommandLine commandLine = new CommandLine(cli);
        Subcommand.register(commandLine, args);
        commandLine.setResourceBundle(cli.messages);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> cli.fail(e));
        commandLine.setParameterExceptionHandler((e, strings) -> {
            err.println(e.getMessage());
            err.println(cli.text("usage.try", e.getCommandLine().getCommandName()));
            return CliFailure.USAGE;
        });
        return commandLine.execute(args);
    }

    /**
     * Runs {@code isms4j} without a command: prints the usage to stderr.
     *
     * @return 2, a usage error
     */
    @Override
    public Integer call() {
        err.println(text("usage.command"));
        spec.commandLine().usage(err);
        return CliFailure.USAGE;
    }

    private int fail(Exception e) {
        if (e instanceof CliFailure failure) {
            err.println(failure.getMessage());
            return failure.exitCode();
        }
        if (e instanceof IsmsException || e instanceof UncheckedIOException) {
            err.println(e.getMessage());
            return CliFailure.INVALID_INPUT;
        }
        err.println("isms4j: " + e);
        return CliFailure.INVALID_INPUT;
    }

    /** The locale of {@code --lang}, looked for before picocli parses, so that the help is in it. */
    static Locale localeOf(String... args) {
        String lang = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                lang = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                lang = args[i].substring("--lang=".length());
            }
        }
        if (lang == null) {
            return Locale.getDefault().getLanguage().equals("ja") ? Locale.JAPANESE : Locale.ENGLISH;
        }
        if (lang.equals("ja")) {
            return Locale.JAPANESE;
        }
        if (lang.equals("en")) {
            return Locale.ENGLISH;
        }
        throw CliFailure.usage("Unknown language: '" + lang + "' (valid values ja, en)");
    }

    /**
     * Returns standard output.
     *
     * @return the stream, not null
     */
    PrintStream out() {
        return out;
    }

    /**
     * Returns standard error, for progress.
     *
     * @return the stream, not null
     */
    PrintStream err() {
        return err;
    }

    /**
     * Returns the language of the run.
     *
     * @return {@link Locale#JAPANESE} or {@link Locale#ENGLISH}
     */
    Locale locale() {
        return locale;
    }

    /**
     * Returns one of the command's own lines in the run's language.
     *
     * @param key the key in the messages, not null
     * @param args the arguments of the pattern
     * @return the line, not null
     */
    String text(String key, Object... args) {
        return new MessageFormat(messages.getString(key), locale).format(args);
    }

    /**
     * Returns a text in the run's language.
     *
     * @param ja the Japanese text
     * @param en the English text
     * @return one of them
     */
    String t(String ja, String en) {
        return locale.getLanguage().equals("ja") ? ja : en;
    }
}
