package org.isms4j.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar on stderr for long work, such as scoring a register of a million risks: the
 * share of the input's bytes read and the rows done, redrawn at most five times a second. It is
 * drawn only when the JVM has a terminal ({@link System#console()}), so that redirected or piped
 * stderr gets no control characters.
 *
 * <p>This class is not thread-safe: one thread reports its progress.
 */
final class Progress implements AutoCloseable {

    private static final int WIDTH = 30;
    private static final long INTERVAL_NANOS = 200_000_000L;

    private final PrintStream err;
    private final long total;
    private final boolean shown;
    private final String unit;
    private long lastDrawn = Long.MIN_VALUE;
    private boolean drawn;

    private Progress(PrintStream err, long total, String unit, boolean shown) {
        this.err = err;
        this.total = Math.max(1, total);
        this.unit = unit;
        this.shown = shown;
    }

    /**
     * Returns a bar over a total, drawn only on a terminal.
     *
     * @param err where to draw, not null
     * @param total the total, such as the input's size in bytes
     * @param unit what the count counts, such as {@code risks}
     * @return the bar, not null
     */
    static Progress of(PrintStream err, long total, String unit) {
        return new Progress(err, total, unit, System.console() != null);
    }

    /**
     * Reports progress; draws the bar if enough time has passed.
     *
     * @param done how much of the total is done, such as the bytes read
     * @param count the rows done
     */
    void update(long done, long count) {
        if (!shown) {
            return;
        }
        long now = System.nanoTime();
        if (drawn && now - lastDrawn < INTERVAL_NANOS) {
            return;
        }
        lastDrawn = now;
        drawn = true;
        int percent = (int) Math.min(100, done * 100 / total);
        int filled = percent * WIDTH / 100;
        err.print(String.format(Locale.ROOT, "\r[%s%s] %3d%% %,d %s", "=".repeat(filled), " ".repeat(WIDTH - filled),
                percent, count, unit));
        err.flush();
    }

    /** Ends the bar's line, if one was drawn. */
    @Override
    public void close() {
        if (drawn) {
            err.println();
        }
    }
}
