package org.isms4j.cli;

import java.util.Objects;

/**
 * A failure the command reports as one line on stderr and an exit code, never as a stack trace:
 * a path that cannot be read, a file that is not valid, a format the command does not take.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The exit code of a successful run. */
    public static final int OK = 0;
    /** The exit code of invalid input: a bad file, a path that cannot be read. */
    public static final int INVALID_INPUT = 1;
    /** The exit code of a usage error: an unknown option, a missing argument, a format the command does not take. */
    public static final int USAGE = 2;

    private final int exitCode;

    private CliFailure(int exitCode, String message) {
        super(Objects.requireNonNull(message, "message"), null, false, false);
        this.exitCode = exitCode;
    }

    /**
     * Returns a failure of invalid input, exit code 1.
     *
     * @param message the line to print, naming the file, not null
     * @return the failure, not null
     */
    public static CliFailure invalidInput(String message) {
        return new CliFailure(INVALID_INPUT, message);
    }

    /**
     * Returns a usage failure, exit code 2.
     *
     * @param message the line to print, not null
     * @return the failure, not null
     */
    public static CliFailure usage(String message) {
        return new CliFailure(USAGE, message);
    }

    /**
     * Returns the exit code.
     *
     * @return 1 or 2
     */
    public int exitCode() {
        return exitCode;
    }
}
