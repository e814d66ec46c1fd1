package org.isms4j.json;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.selfassessment.AnswerSheet;
import org.isms4j.core.selfassessment.QuestionSet;
import org.isms4j.core.selfassessment.SelfAssessmentResult;
import org.isms4j.json.deser.AnswerSheetReader;
import org.isms4j.json.deser.QuestionSetReader;
import org.isms4j.json.deser.SelfAssessmentResultReader;
import org.isms4j.json.ser.AnswerSheetWriter;
import org.isms4j.json.ser.QuestionSetWriter;
import org.isms4j.json.ser.SelfAssessmentResultWriter;

/**
 * The JSON documents of the LV.2 self-assessment 自社診断 and other scored questionnaires: the
 * question set, an answer sheet, and a result, read and written by
 * {@link IsmsJson#read(JsonDocument, String)} and {@link IsmsJson#write(JsonDocument, Object)}:
 * <pre>{@code
 * import java.time.LocalDate;
 * import java.util.Map;
 * import org.isms4j.core.selfassessment.*;
 *
 * QuestionSet set = QuestionSets.selfAssessmentPart1();
 * AnswerSheet sheet = AnswerSheet.of(set, "山田", "本社", LocalDate.of(2024, 4, 1), Map.of(
 *         1, "implemented", 2, "partly_implemented", 3, "implemented", 4, "not_implemented", 5, "unknown"));
 * IsmsJson json = IsmsJson.strict();
 * String text = json.write(SelfAssessmentDocuments.answerSheet(set), sheet);
 * System.out.println(json.read(SelfAssessmentDocuments.answerSheet(set), text).result().total());
 * // prints: 9
 * }</pre>
 *
 * <p>A sheet and a result name their question set by id and version and are read against the
 * set, or one of the sets, given to their kind: a document naming another set is rejected, and so
 * is writing a sheet or result of a set the kind was not given. A result carries the figures the
 * core derives (total, maxima, part subtotals, the 分からない answers, the questions below target);
 * the reader computes them again and rejects a document whose figures differ.
 *
 * <p>This class is thread-safe.
 */
public final class SelfAssessmentDocuments {

    /** The question set document, {@value Formats#QUESTION_SET}. */
    public static final JsonDocument<QuestionSet> QUESTION_SET = new JsonDocument<>(Formats.QUESTION_SET,
            QuestionSet.class, new DocumentCodec<>(QuestionSetReader::questionSet, QuestionSetWriter::questionSet));

    private SelfAssessmentDocuments() {}

    /**
     * Returns the answer sheet document, {@value Formats#ANSWER_SHEET}, of sheets of one set.
     *
     * @param set the set the sheets answer, not null
     * @return the kind, not null
     */
    public static JsonDocument<AnswerSheet> answerSheet(QuestionSet set) {
        return answerSheet(List.of(Objects.requireNonNull(set, "set")));
    }

    /**
     * Returns the answer sheet document, {@value Formats#ANSWER_SHEET}, of sheets of any of some
     * sets, each named by its id and version.
     *
     * @param sets the sets the sheets may answer, not empty, no two with one id and version
     * @return the kind, not null
     * @throws IsmsException if there is no set or two share an id and version
     */
    public static JsonDocument<AnswerSheet> answerSheet(Collection<QuestionSet> sets) {
        List<QuestionSet> given = checked(sets);
        return new JsonDocument<>(Formats.ANSWER_SHEET, AnswerSheet.class, new DocumentCodec<>(
                in -> AnswerSheetReader.answerSheet(in, given), (out, sheet) -> {
                    requireGiven(given, sheet.questionSet(), "sheet");
                    AnswerSheetWriter.answerSheet(out, sheet);
                }));
    }

    /**
     * Returns the result document, {@value Formats#SELF_ASSESSMENT_RESULT}, of results of one set.
     *
     * @param set the set of the results, not null
     * @return the kind, not null
     */
    public static JsonDocument<SelfAssessmentResult> result(QuestionSet set) {
        return result(List.of(Objects.requireNonNull(set, "set")));
    }

    /**
     * Returns the result document, {@value Formats#SELF_ASSESSMENT_RESULT}, of results of any of
     * some sets, each named by its id and version.
     *
     * @param sets the sets of the results, not empty, no two with one id and version
     * @return the kind, not null
     * @throws IsmsException if there is no set or two share an id and version
     */
    public static JsonDocument<SelfAssessmentResult> result(Collection<QuestionSet> sets) {
        List<QuestionSet> given = checked(sets);
        return new JsonDocument<>(Formats.SELF_ASSESSMENT_RESULT, SelfAssessmentResult.class, new DocumentCodec<>(
                in -> SelfAssessmentResultReader.result(in, given), (out, result) -> {
                    requireGiven(given, result.questionSet(), "result");
                    SelfAssessmentResultWriter.result(out, result);
                }));
    }

    private static List<QuestionSet> checked(Collection<QuestionSet> sets) {
        Objects.requireNonNull(sets, "sets");
        List<QuestionSet> given = List.copyOf(sets);
        if (given.isEmpty()) {
            throw new IsmsException("Invalid question sets: at least one is given");
        }
        for (int i = 0; i < given.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (ref(given.get(i)).equals(ref(given.get(j)))) {
                    throw new IsmsException(Checks.format("Duplicate question set: %s", ref(given.get(i))));
                }
            }
        }
        return given;
    }

    private static String ref(QuestionSet set) {
        return set.id() + "@" + set.version();
    }

    private static void requireGiven(List<QuestionSet> given, QuestionSet set, String what) {
        if (!given.contains(set)) {
            throw new IsmsException(Checks.format("Question set mismatch: this %s answers %s, not %s", what, ref(set),
                    given.stream().map(SelfAssessmentDocuments::ref).collect(Collectors.joining(", "))));
        }
    }
}
