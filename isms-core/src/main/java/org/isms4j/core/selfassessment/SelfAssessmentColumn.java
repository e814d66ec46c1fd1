package org.isms4j.core.selfassessment;

import java.util.Locale;
import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * A column of a self-assessment's answer table, in the order of the source's sheet (診断項目, No,
 * 診断内容, チェック), such as 点数 (points).
 */
public enum SelfAssessmentColumn implements VocabularyTerm {
    /** 診断項目 the part, such as 基本的対策. */
    PART("part", "診断項目", "Part", Cell.PART),
    /** No the question's number. */
    NUMBER("number", "No", "No", Cell.NUMBER),
    /** 診断内容 the question. */
    QUESTION("question", "診断内容", "Question", Cell.QUESTION),
    /** 回答 the answer given. */
    ANSWER("answer", "回答", "Answer", Cell.ANSWER),
    /** 点数 the points scored, empty for a question excluded as not applicable. */
    POINTS("points", "点数", "Points", Cell.POINTS),
    /** 満点 the most the question can score. */
    MAXIMUM("maximum", "満点", "Maximum", Cell.MAXIMUM);

    private final TermNames names;
    private final Cell cell;

    SelfAssessmentColumn(String code, String japanese, String english, Cell cell) {
        this.names = TermNames.of(code, japanese, english);
        this.cell = cell;
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns this column's cell for a question of a result.
     *
     * @param result the result, not null
     * @param row a scored answer of the result, not null
     * @param locale the language of the texts, not null
     * @return the text, not null
     */
    public String valueOf(SelfAssessmentResult result, ScoredAnswer row, Locale locale) {
        return cell.valueOf(result, row, locale);
    }

    /**
     * Returns the column with a code.
     *
     * @param code the code, such as {@code points}; not null
     * @return the column, not null
     * @throws IsmsException if no column has that code
     */
    public static SelfAssessmentColumn ofCode(String code) {
        return VocabularyTerm.ofCode(SelfAssessmentColumn.class, "self-assessment column", code);
    }

    /** The cells, apart from the enum so that its constants stay one line each. */
    private enum Cell {
        PART, NUMBER, QUESTION, ANSWER, POINTS, MAXIMUM;

        String valueOf(SelfAssessmentResult result, ScoredAnswer row, Locale locale) {
            switch (this) {
                case PART:
                    return result.questionSet().partOf(row.number()).title(locale);
                case NUMBER:
                    return Integer.toString(row.number());
                case QUESTION:
                    return row.question().text(locale);
                case ANSWER:
                    return row.answer().getDisplayName(locale);
                case POINTS:
                    return row.points().isPresent() ? Integer.toString(row.points().getAsInt()) : "";
                default:
                    return Integer.toString(row.maximum());
            }
        }
    }
}
