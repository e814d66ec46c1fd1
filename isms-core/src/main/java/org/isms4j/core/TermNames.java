package org.isms4j.core;

import java.util.Objects;
import org.immutables.value.Value;

/**
 * The stable code and the Japanese and English names of a vocabulary term, such as
 * ({@code reduce}, 低減, reduce).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TermNames {

    TermNames() {}

    /**
     * Returns the stable lowercase code, such as {@code reduce}.
     *
     * @return the code, not null
     */
    @Value.Parameter
    public abstract String code();

    /**
     * Returns the Japanese name, such as 低減.
     *
     * @return the name, not null
     */
    @Value.Parameter
    public abstract String japanese();

    /**
     * Returns the English name, such as {@code reduce}.
     *
     * @return the name, not null
     */
    @Value.Parameter
    public abstract String english();

    /**
     * Obtains the names of a term.
     *
     * @param code the code: lowercase ASCII letters, digits and underscores, not null
     * @param japanese the Japanese name, not blank
     * @param english the English name, not blank
     * @return the names, not null
     * @throws IsmsException if the code is not lowercase ASCII or a name is blank
     */
    public static TermNames of(String code, String japanese, String english) {
        Objects.requireNonNull(japanese, "japanese");
        Objects.requireNonNull(english, "english");
        Checks.notBlank("code", code);
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '_') {
                throw new IsmsException(Checks.format(
                        "Invalid value for code (lowercase letters, digits and underscores): '%s'", Checks.echo(code)));
            }
        }
        return ImmutableTermNames.of(code, Checks.notBlank("japanese", japanese), Checks.notBlank("english", english));
    }
}
