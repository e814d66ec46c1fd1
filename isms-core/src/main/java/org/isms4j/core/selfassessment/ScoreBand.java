package org.isms4j.core.selfassessment;

import java.util.Objects;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * One band of an organisation's {@link ScoreBands}: a lowest total and its label, such as
 * "80 and above: 良好 (good)". The source gives no bands; the library ships none.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScoreBand implements VocabularyTerm {

    ScoreBand() {}

    /**
     * Returns the lowest total in the band, such as 80.
     *
     * @return the lowest total
     */
    @Value.Parameter
    public abstract int minimum();

    /**
     * Returns the code and the Japanese and English labels, such as ({@code good}, 良好, good).
     *
     * @return the names, not null
     */
    @Override
    @Value.Parameter
    public abstract TermNames names();

    /**
     * Obtains a band.
     *
     * @param minimum the lowest total in the band, -10000 - 10000
     * @param code the stable code, lowercase ASCII letters, digits and underscores
     * @param japanese the Japanese label, not blank
     * @param english the English label, not blank
     * @return the band, not null
     * @throws IsmsException if the minimum is out of range, the code malformed or a label blank
     */
    public static ScoreBand of(int minimum, String code, String japanese, String english) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(japanese, "japanese");
        Objects.requireNonNull(english, "english");
        Checks.inRange("band minimum", -10000, 10000, minimum);
        return ImmutableScoreBand.of(minimum, TermNames.of(code, japanese, english));
    }
}
