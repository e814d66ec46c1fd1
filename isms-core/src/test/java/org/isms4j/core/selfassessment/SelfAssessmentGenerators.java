package org.isms4j.core.selfassessment;

import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Question sets and sheets for the tests: generated sets of any shape, and the 25-question
 * sheet of the source (three parts, questions 1 - 25) with generated wording.
 */
public final class SelfAssessmentGenerators {

    private SelfAssessmentGenerators() {}

    /**
     * A set of 25 questions in three parts, as the source's sheet is laid out: Part 1 is
     * questions 1 - 5, Part 2 questions 6 - 18, Part 3 questions 19 - 25, on the self-assessment
     * scale. The wording is generated; IPA's texts are not ours.
     *
     * @return the set
     */
    public static QuestionSet twentyFiveQuestions() {
        return QuestionSet.of("generated-25", "1", LocalizedText.ofEnglish("title", "25 questions in three parts"),
                AnswerScales.selfAssessment(), List.of(part(1, 1, 5), part(2, 6, 18), part(3, 19, 25)));
    }

    static QuestionPart part(int number, int first, int last) {
        List<Question> questions = new ArrayList<>();
        for (int q = first; q <= last; q++) {
            questions.add(Question.of(q, "設問" + q, "Question " + q));
        }
        return QuestionPart.of(number, "パート" + number, "Part " + number, questions);
    }

    /**
     * A sheet answering every question of a set with the same answer.
     *
     * @param set the set
     * @param code the answer's code
     * @return the sheet
     */
    public static AnswerSheet all(QuestionSet set, String code) {
        Map<Integer, String> answers = new TreeMap<>();
        for (Question question : set.questions()) {
            answers.put(question.number(), code);
        }
        return AnswerSheet.of(set, "山田", "本社", LocalDate.of(2024, 4, 1), answers);
    }

    static int draw(RandomnessSource in, int min, int max) {
        return integers().between(min, max).generate(in);
    }

    /** Any set of 1 - 3 parts of 1 - 8 questions, on the self-assessment scale, maybe admitting "not applicable". */
    public static Gen<QuestionSet> sets() {
        return in -> {
            int parts = draw(in, 1, 3);
            List<QuestionPart> list = new ArrayList<>();
            int next = 1;
            for (int p = 1; p <= parts; p++) {
                int count = draw(in, 1, 8);
                list.add(part(p, next, next + count - 1));
                next += count + draw(in, 0, 2);
            }
            QuestionSet set = QuestionSet.of("generated", "1", LocalizedText.ofEnglish("title", "generated"),
                    AnswerScales.selfAssessment(), list);
            switch (draw(in, 0, 2)) {
                case 0:
                    return set;
                case 1:
                    return set.withNotApplicable(NotApplicable.excludedFromMaximum());
                default:
                    return set.withNotApplicable(NotApplicable.scoredAs(
                            AnswerScales.selfAssessment().answers().get(draw(in, 0, 3)).code()));
            }
        };
    }

    /** Any sheet of a set, "not applicable" among the answers when the set admits it. */
    public static AnswerSheet sheet(RandomnessSource in, QuestionSet set, String department) {
        List<Answer> answers = set.scale().answers();
        int choices = answers.size() + (set.notApplicable().isPresent() ? 1 : 0);
        Map<Integer, String> codes = new TreeMap<>();
        for (Question question : set.questions()) {
            int choice = draw(in, 0, choices - 1);
            codes.put(question.number(), choice < answers.size() ? answers.get(choice).code()
                    : Answer.NOT_APPLICABLE_CODE);
        }
        return AnswerSheet.of(set, "回答者", department, LocalDate.of(2024, 4, 1), codes);
    }

    /** Any set with one sheet of it. */
    public static Gen<AnswerSheet> sheets() {
        return in -> sheet(in, sets().generate(in), "本社");
    }
}
