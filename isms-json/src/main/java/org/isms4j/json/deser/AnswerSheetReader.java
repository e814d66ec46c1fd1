package org.isms4j.json.deser;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.selfassessment.AnswerSheet;
import org.isms4j.core.selfassessment.QuestionSet;
import org.isms4j.json.Formats;

/**
 * The reader of the answer sheet document 回答: the question set it answers, named by id and
 * version and read against one of the sets given, who answered, and one answer per question; and
 * of the reference and the answers that the result document shares.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class AnswerSheetReader {

    private AnswerSheetReader() {}

    private enum SheetProperty { FORMAT, FORMAT_VERSION, QUESTION_SET, RESPONDENT, DEPARTMENT, ANSWERED, ANSWERS }

    private static final PropertyNames<SheetProperty> SHEET = PropertyNames.of(SheetProperty.class);

    /**
     * Reads the answer sheet document.
     *
     * @param in the input
     * @param sets the sets a sheet may answer, not empty
     * @return the sheet
     * @throws IOException if the parser fails
     */
    public static AnswerSheet answerSheet(JsonInput in, List<QuestionSet> sets) throws IOException {
        PropertyLoop<SheetProperty> p = in.properties("answer sheet document", SHEET);
        QuestionSet set = null;
        String respondent = null;
        String department = null;
        LocalDate answered = null;
        Map<Integer, String> answers = null;
        for (SheetProperty f; (f = p.next()) != null;) {
            switch (f) {
                case FORMAT -> DocumentFormat.format(in, Formats.ANSWER_SHEET);
                case FORMAT_VERSION -> DocumentFormat.version(in);
                case QUESTION_SET -> set = questionSetRef(in, sets);
                case RESPONDENT -> respondent = in.notBlank("respondent", "respondent");
                case DEPARTMENT -> department = in.notBlank("department", "department");
                case ANSWERED -> answered = in.date("answered");
                case ANSWERS -> {
                    requireBefore(in, p, SheetProperty.ANSWERS);
                    answers = answers(in, set);
                }
            }
        }
        p.requireAll();
        QuestionSet s = set;
        String r = respondent;
        String d = department;
        LocalDate a = answered;
        Map<Integer, String> codes = answers;
        return in.core(() -> AnswerSheet.of(s, r, d, a, codes));
    }

    /**
     * Fails if a property the answers need, such as the question set, has not come before them.
     *
     * @param <E> the properties
     * @param in the input
     * @param p the loop of the document
     * @param answers the property of the answers
     */
    static <E extends Enum<E>> void requireBefore(JsonInput in, PropertyLoop<E> p, E answers) {
        E missing = p.missingBefore(answers);
        if (missing != null) {
            throw in.error(Checks.format("Missing property: '%s' (it comes before '%s')", p.name(missing),
                    p.name(answers)));
        }
    }

    private enum RefProperty { ID, VERSION }

    private static final PropertyNames<RefProperty> REF = PropertyNames.of(RefProperty.class);

    /**
     * Reads the reference to a question set, {@code {"id": "...", "version": "1"}}, and returns
     * the set given that it names.
     *
     * @param in the input
     * @param sets the sets given
     * @return the set named
     * @throws IOException if the parser fails
     */
    static QuestionSet questionSetRef(JsonInput in, List<QuestionSet> sets) throws IOException {
        PropertyLoop<RefProperty> p = in.properties("questionSet", REF);
        String id = null;
        String version = null;
        for (RefProperty f; (f = p.next()) != null;) {
            switch (f) {
                case ID -> id = in.notBlank("id", "question set id");
                case VERSION -> version = in.notBlank("version", "question set version");
            }
        }
        p.requireAll();
        for (QuestionSet set : sets) {
            if (set.id().equals(id) && set.version().equals(version)) {
                return set;
            }
        }
        throw in.error(Checks.format("Question set mismatch: this document answers %s@%s, not %s",
                JsonFailures.escape(id, JsonInput.QUOTED_TEXT_LIMIT),
                JsonFailures.escape(version, JsonInput.QUOTED_TEXT_LIMIT),
                sets.stream().map(s -> s.id() + "@" + s.version()).collect(Collectors.joining(", "))));
    }

    private enum AnswerProperty { QUESTION, ANSWER }

    private static final PropertyNames<AnswerProperty> ANSWER = PropertyNames.of(AnswerProperty.class);

    /**
     * Reads the answers, {@code [{"question": 1, "answer": "implemented"}, ...]}: each question
     * of the set once, each answer one the question may be given (checked by the set).
     *
     * @param in the input
     * @param set the set answered
     * @return the answer codes by question number
     * @throws IOException if the parser fails
     */
    static Map<Integer, String> answers(JsonInput in, QuestionSet set) throws IOException {
        in.expectArray("answers");
        Map<Integer, String> answers = new TreeMap<>();
        PropertyLoop<AnswerProperty> p = in.propertyLoop(ANSWER);
        while (in.next() != JsonToken.END_ARRAY) {
            JsonArrays.checkLength(in, "answers", answers.size());
            in.properties("answer", p);
            int number = 0;
            String code = null;
            for (AnswerProperty f; (f = p.next()) != null;) {
                switch (f) {
                    case QUESTION -> {
                        number = in.intIn("question", "question number", Integer.MIN_VALUE, Integer.MAX_VALUE);
                        int n = number;
                        in.core(() -> set.partOf(n));
                        if (answers.containsKey(number)) {
                            throw in.error(Checks.format("Duplicate answer to question %d", number));
                        }
                    }
                    case ANSWER -> code = in.text("answer");
                }
            }
            p.requireAll();
            try {
                set.answer(number, code);
            } catch (IsmsException e) {
                throw in.errorAtProperty(e.getMessage(), "answer");
            }
            answers.put(number, code);
        }
        return answers;
    }
}
