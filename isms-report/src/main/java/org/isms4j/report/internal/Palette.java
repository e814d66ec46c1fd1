package org.isms4j.report.internal;

import java.util.Locale;
import org.isms4j.core.AcceptanceCriteria;
import org.isms4j.core.Priority;

/**
 * The colours of the priorities of acceptance criteria: treatment priorities from red (rank 1)
 * towards yellow, the acceptance range 受容範囲 green, every fill light enough that the dark text on
 * it keeps a contrast of at least 4.5:1 (WCAG 2 AA). Works for criteria with any number of
 * thresholds.
 */
public final class Palette {

    /** The colour of text drawn on a fill. */
    public static final String TEXT = "#1a1a1a";
    /** The colour of lines and outlines. */
    public static final String LINE = "#1a1a1a";

    private static final double RED = 0;
    private static final double YELLOW = 55;
    private static final double GREEN = 130;
    private static final double SATURATION = 0.80;
    private static final double LIGHTNESS = 0.78;

    private Palette() {}

    /**
     * Returns the fill of a priority.
     *
     * @param priority the priority, not null
     * @param criteria the criteria it comes from, not null
     * @return the colour as {@code #rrggbb}
     */
    public static String fill(Priority priority, AcceptanceCriteria criteria) {
        if (priority.isAcceptable()) {
            return hsl(GREEN, SATURATION, LIGHTNESS);
        }
        int ranks = criteria.thresholds().size();
        double hue = ranks == 1 ? RED : RED + (YELLOW - RED) * (priority.rank() - 1) / (ranks - 1);
        return hsl(hue, SATURATION, LIGHTNESS);
    }

    /**
     * Converts a colour from hue, saturation and lightness.
     *
     * @param hue the hue in degrees, 0 - 360
     * @param saturation 0 - 1
     * @param lightness 0 - 1
     * @return the colour as {@code #rrggbb}
     */
    static String hsl(double hue, double saturation, double lightness) {
        double chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
        double h = hue / 60;
        double x = chroma * (1 - Math.abs(h % 2 - 1));
        double[] rgb = h < 1 ? new double[] {chroma, x, 0} : h < 2 ? new double[] {x, chroma, 0}
                : h < 3 ? new double[] {0, chroma, x} : h < 4 ? new double[] {0, x, chroma}
                : h < 5 ? new double[] {x, 0, chroma} : new double[] {chroma, 0, x};
        double m = lightness - chroma / 2;
        return String.format(Locale.ROOT, "#%02x%02x%02x", channel(rgb[0] + m), channel(rgb[1] + m),
                channel(rgb[2] + m));
    }

    private static long channel(double value) {
        return Math.round(value * 255);
    }

    /**
     * Returns the contrast ratio of two colours, after WCAG 2: (L1 + 0.05) / (L2 + 0.05) of their
     * relative luminances, the lighter first.
     *
     * @param first a colour as {@code #rrggbb}
     * @param second another colour as {@code #rrggbb}
     * @return the ratio, 1 - 21
     */
    public static double contrast(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return 0.2126 * linear(rgb >> 16) + 0.7152 * linear((rgb >> 8) & 0xff) + 0.0722 * linear(rgb & 0xff);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
