package org.isms4j.json.deser;

import java.io.IOException;
import org.isms4j.core.LevelGrid;
import org.isms4j.core.Priority;
import org.isms4j.core.RatingScale;
import org.isms4j.core.Score;
import org.isms4j.core.TermNames;

/**
 * The reader of the named values of the risk model and of a score: a priority with its Japanese
 * and English names, the names of a vocabulary term, a meaning in both languages and a score as
 * recorded.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class TermReader {

    private TermReader() {}

    /** A meaning in Japanese and English, such as the acceptable level's 受容範囲 / acceptable. */
    record Meaning(String japanese, String english) {}

    private enum MeaningProperty { JAPANESE, ENGLISH }

    private static final PropertyNames<MeaningProperty> MEANING = PropertyNames.of(MeaningProperty.class);

    /**
     * Reads a meaning, {@code {"japanese": "受容範囲", "english": "acceptable"}}, each not blank.
     *
     * @param in the input
     * @param what the object, for a type error
     * @return the meaning
     * @throws IOException if the parser fails
     */
    static Meaning meaning(JsonInput in, String what) throws IOException {
        PropertyLoop<MeaningProperty> p = in.properties(what, MEANING);
        String japanese = null;
        String english = null;
        for (MeaningProperty f; (f = p.next()) != null;) {
            switch (f) {
                case JAPANESE -> japanese = in.notBlank("japanese", "japanese");
                case ENGLISH -> english = in.notBlank("english", "english");
            }
        }
        p.requireAll();
        return new Meaning(japanese, english);
    }

    private enum PriorityProperty { RANK, JAPANESE, ENGLISH }

    private static final PropertyNames<PriorityProperty> PRIORITY = PropertyNames.of(PriorityProperty.class);

    /**
     * Reads a priority, {@code {"rank": 2, "japanese": "今期中に対応", "english": "..."}}; rank 0 is
     * acceptable.
     *
     * @param in the input
     * @return the priority
     * @throws IOException if the parser fails
     */
    public static Priority priority(JsonInput in) throws IOException {
        PropertyLoop<PriorityProperty> p = in.properties("priority", PRIORITY);
        int rank = 0;
        String japanese = null;
        String english = null;
        for (PriorityProperty f; (f = p.next()) != null;) {
            switch (f) {
                case RANK -> rank = in.intIn("rank", "priority", Priority.ACCEPTABLE_RANK, Integer.MAX_VALUE);
                case JAPANESE -> japanese = in.notBlank("japanese", "japanese");
                case ENGLISH -> english = in.notBlank("english", "english");
            }
        }
        p.requireAll();
        int r = rank;
        String ja = japanese;
        String en = english;
        return in.core(() -> r == Priority.ACCEPTABLE_RANK ? Priority.acceptable(ja, en) : Priority.of(r, ja, en));
    }

    private enum TermProperty { CODE, JAPANESE, ENGLISH }

    private static final PropertyNames<TermProperty> TERM = PropertyNames.of(TermProperty.class);

    /**
     * Reads the names of a vocabulary term.
     *
     * @param in the input
     * @return the names
     * @throws IOException if the parser fails
     */
    public static TermNames termNames(JsonInput in) throws IOException {
        PropertyLoop<TermProperty> p = in.properties("term names", TERM);
        String code = null;
        String japanese = null;
        String english = null;
        for (TermProperty f; (f = p.next()) != null;) {
            switch (f) {
                case CODE -> code = in.notBlank("code", "code");
                case JAPANESE -> japanese = in.notBlank("japanese", "japanese");
                case ENGLISH -> english = in.notBlank("english", "english");
            }
        }
        p.requireAll();
        String c = code;
        String ja = japanese;
        String en = english;
        return in.core(() -> TermNames.of(c, ja, en));
    }

    private enum ScoreProperty { IMPORTANCE, LIKELIHOOD, LEVEL, PRIORITY }

    private static final PropertyNames<ScoreProperty> SCORE = PropertyNames.of(ScoreProperty.class);

    /**
     * Reads a score as recorded.
     *
     * @param in the input
     * @return the score
     * @throws IOException if the parser fails
     */
    public static Score score(JsonInput in) throws IOException {
        PropertyLoop<ScoreProperty> p = in.properties("score", SCORE);
        int importance = 0;
        int likelihood = 0;
        int level = 0;
        Priority priority = null;
        for (ScoreProperty f; (f = p.next()) != null;) {
            switch (f) {
                case IMPORTANCE -> importance = in.intIn("importance", "importance", RatingScale.LOWEST,
                        RatingScale.HIGHEST);
                case LIKELIHOOD -> likelihood = in.intIn("likelihood", "likelihood", RatingScale.LOWEST,
                        RatingScale.HIGHEST);
                case LEVEL -> level = in.intIn("level", "risk level", 0, LevelGrid.MAX_LEVEL);
                case PRIORITY -> priority = priority(in);
            }
        }
        p.requireAll();
        int i = importance;
        int l = likelihood;
        int lv = level;
        Priority pr = priority;
        return in.core(() -> Score.of(i, l, lv, pr));
    }
}
