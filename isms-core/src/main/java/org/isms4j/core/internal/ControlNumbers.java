package org.isms4j.core.internal;

/**
 * The spellings of an Annex A control id, read alike by every module: an optional prefix
 * {@code A.} or {@code A } (either case), then numbers separated by dots, each one or two digits
 * without a leading zero, such as {@code A.8.24}, {@code A 8.24} or {@code 8.24}. Whitespace
 * around the id is ignored: ASCII spaces and control characters, and Unicode whitespace such as
 * the ideographic space U+3000 a Japanese spreadsheet may leave.
 *
 * <p>Not part of the API: the package is exported only to the isms4j modules.
 */
public final class ControlNumbers {

    private ControlNumbers() {}

    /**
     * Reads the numbers of an id, packed eight bits each, the first highest: {@code A.8.24} read
     * in two parts gives {@code 8 << 8 | 24}, {@code A.8.2.1} in three gives
     * {@code 8 << 16 | 2 << 8 | 1}. Allocates nothing and throws nothing.
     *
     * @param text the text, not null
     * @param parts how many numbers the id has, 1 - 7
     * @return the packed numbers, or -1 if the text has another shape
     */
    public static long parse(CharSequence text, int parts) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end && (text.charAt(start) == 'A' || text.charAt(start) == 'a')) {
            if (end - start < 2 || (text.charAt(start + 1) != '.' && text.charAt(start + 1) != ' ')) {
                return -1;
            }
            start += 2;
        }
        long packed = 0;
        int position = start;
        for (int part = 0; part < parts; part++) {
            if (part > 0) {
                if (position >= end || text.charAt(position) != '.') {
                    return -1;
                }
                position++;
            }
            int value = 0;
            int digits = 0;
            while (position < end && text.charAt(position) >= '0' && text.charAt(position) <= '9') {
                if (digits == 2 || (digits == 1 && value == 0)) {
                    return -1;
                }
                value = value * 10 + text.charAt(position) - '0';
                digits++;
                position++;
            }
            if (digits == 0) {
                return -1;
            }
            packed = packed << 8 | value;
        }
        return position == end ? packed : -1;
    }

    private static boolean isSpace(char c) {
        return c <= ' ' || Character.isWhitespace(c);
    }
}
