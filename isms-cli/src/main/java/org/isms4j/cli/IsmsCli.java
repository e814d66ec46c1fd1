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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code isms4j} command: {@code check}, {@code score}, {@code report}, {@code soa},
 * {@code plan}, {@code selfassess}, {@code convert} and {@code walkthrough}, on JSON, CSV and XLSX
 * files, in Japanese or English ({@code --lang ja|en}, by default the language of the locale).
 *
 * <p>Exit codes: 0 ok, 1 invalid input (a bad file, a path that cannot be read), 2 usage (an
 * unknown option, a missing argument, a format the command does not read or write). A failure is
 * one line on stderr, never a stack trace.
 *
 * <p>The command's model is given to picocli in code, not by annotations ({@link Subcommand}).
 *
 * <p>This class is not thread-safe: one instance serves one run.
 */
public final class IsmsCli implements java.util.concurrent.Callable<Integer> {

    /** The resource bundle of the help texts and the command's own lines, ja and en. */
    static final String MESSAGES = "org.isms4j.cli.Messages";

    /**
     * How the messages are found: as properties files only, and without falling back to the
     * default locale, so that {@code --lang en} on a Japanese system is English (the default
     * control would take {@code Messages_ja} for want of a {@code Messages_en}). Given explicitly,
     * it also spares the look-up of control providers and of a bundle class on the class path.
     */
    private static final ResourceBundle.Control LOOKUP =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;
    private final ResourceBundle messages;
    private CommandLine commandLine;

    private IsmsCli(PrintStream out, PrintStream err, Locale locale) {
        this.out = out;
        this.err = err;
        this.locale = locale;
        this.messages = ResourceBundle.getBundle(MESSAGES, locale, LOOKUP);
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
        CommandLine commandLine = new CommandLine(cli.spec(args));
        cli.commandLine = commandLine;
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
     * Returns the model of {@code isms4j} for picocli: {@code --lang} (which every command
     * inherits), the help options, and the command the arguments name, or all of them.
     *
     * @param args the arguments, not null
     * @return the model, not null
     */
    private CommandSpec spec(String... args) {
        CommandSpec spec = HelpOptions.addTo(CommandSpec.wrapWithoutInspection(this).name("isms4j"));
        spec.addOption(OptionSpec.builder("--lang").paramLabel("ja|en").type(String.class)
                .descriptionKey("option.lang").scopeType(CommandLine.ScopeType.INHERIT).build());
        Subcommand.register(spec, this, args);
        return spec;
    }

    /**
     * Runs {@code isms4j} without a command: prints the usage to stderr.
     *
     * @return 2, a usage error
     */
    @Override
    public Integer call() {
        err.println(text("usage.command"));
        commandLine.usage(err);
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
     * Returns one of the command's own lines in the run's language; a count (an {@code Integer} or
     * {@code Long} argument) is written {@link #grouped}.
     *
     * @param key the key in the messages, not null
     * @param args the arguments of the pattern
     * @return the line, not null
     */
    String text(String key, Object... args) {
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Integer || shown[i] instanceof Long) {
                shown[i] = grouped(((Number) shown[i]).longValue());
            }
        }
        return new MessageFormat(messages.getString(key), locale).format(shown);
    }

    /**
     * Returns a count as both languages of the command write it, its thousands grouped by commas:
     * {@code 200,000}, as {@code NumberFormat} writes it for {@code ja} and {@code en}. Not a
     * {@code NumberFormat}, whose first use loads the locale data: 8 ms of a short command's
     * start-up.
     *
     * @param count the count
     * @return the digits, grouped, not null
     */
    static String grouped(long count) {
        String digits = Long.toString(count);
        int first = count < 0 ? 1 : 0;
        StringBuilder grouped = new StringBuilder(digits.substring(0, first));
        for (int i = first; i < digits.length(); i++) {
            if (i > first && (digits.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
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
