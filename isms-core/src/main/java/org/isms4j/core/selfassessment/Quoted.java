package org.isms4j.core.selfassessment;

import org.isms4j.core.Checks;

/** Echoed text in messages: control characters escaped and long text cut short. */
final class Quoted {

    /** The most characters of echoed text a message shows. */
    static final int LIMIT = 40;

    private Quoted() {}

    /**
     * Returns text as a message echoes it, {@linkplain Checks#echo(String, int) as every message
     * does}, cut after {@value #LIMIT} characters.
     *
     * @param text the text, not null
     * @return the echo, not null
     */
    static String cut(String text) {
        return Checks.echo(text, LIMIT);
    }
}
