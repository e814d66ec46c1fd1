package org.isms4j.core.selfassessment;

/** Echoed text in messages: control characters escaped and long text cut short. */
final class Quoted {

    /** The most characters of echoed text a message shows. */
    static final int LIMIT = 40;

    private Quoted() {}

    /**
     * Returns text as a message echoes it: {@code \n}, {@code \t} and other control characters as
     * escapes, a {@code '} as {@code \'}, and text over {@value #LIMIT} characters cut and marked
     * with {@code …}.
     *
     * @param text the text, not null
     * @return the echo, not null
     */
    static String cut(String text) {
        StringBuilder echo = new StringBuilder();
        int end = Math.min(text.length(), LIMIT);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                echo.append("\\n");
            } else if (c == '\t') {
                echo.append("\\t");
            } else if (c == '\'' || c == '\\') {
                echo.append('\\').append(c);
            } else if (Character.isISOControl(c)) {
                echo.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                echo.append(c);
            }
        }
        return text.length() > LIMIT ? echo.append('…').toString() : echo.toString();
    }
}
