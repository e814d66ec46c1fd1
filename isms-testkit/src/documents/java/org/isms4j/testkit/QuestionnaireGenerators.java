package org.isms4j.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.isms4j.core.selfassessment.Aggregation;
import org.isms4j.core.selfassessment.Answer;
import org.isms4j.core.selfassessment.AnswerScale;
import org.isms4j.core.selfassessment.AnswerScales;
import org.isms4j.core.selfassessment.AnswerSheet;
import org.isms4j.core.selfassessment.LocalizedText;
import org.isms4j.core.selfassessment.NotApplicable;
import org.isms4j.core.selfassessment.Question;
import org.isms4j.core.selfassessment.QuestionPart;
import org.isms4j.core.selfassessment.QuestionSet;
import org.isms4j.core.selfassessment.SelfAssessmentResult;
import org.isms4j.core.selfassessment.TargetRole;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of the LV.2 questionnaires' documents: question sets of every shape
 * the core accepts (one to three parts, question numbers unique but not ascending across parts,
 * wording in Japanese, English or both, categories, target roles, Annex A links and measures, the
 * self-assessment scale or scales of their own, a part on its own scale, "not applicable" excluded
 * or scored as an answer), sheets of them, and results of one sheet or of a tally of several.
 *
 * <p>Each generator draws a long seed and builds from it with {@link SplittableRandom}, as
 * {@link Generators} does.
 */
public final class QuestionnaireGenerators {

    private QuestionnaireGenerators() {}

    /** Question sets of every shape the core accepts. */
    public static Gen<QuestionSet> questionSets() {
        return integers().all().zip(lists().of(Generators.nonBlank()).ofSize(24),
                (seed, texts) -> questionSet(new SplittableRandom(seed), i -> texts.get(i % texts.size())));
    }

    private static QuestionSet questionSet(SplittableRandom random, IntFunction<String> text) {
        boolean ownScales = random.nextBoolean();
        AnswerScale scale = ownScales ? scale(random, text) : AnswerScales.selfAssessment();
        int parts = 1 + random.nextInt(3);
        List<Integer> numbers = new ArrayList<>();
        for (int n = 1; n <= 12; n++) {
            numbers.add(n + random.nextInt(3) * 1000);
        }
        Collections.shuffle(numbers, new java.util.Random(random.nextLong()));
        List<QuestionPart> list = new ArrayList<>();
        int next = 0;
        int partNumber = 0;
        for (int p = 0; p < parts; p++) {
            List<Question> questions = new ArrayList<>();
            for (int q = 1 + random.nextInt(4); q > 0; q--) {
                questions.add(question(random, numbers.get(next++), text));
            }
            partNumber += 1 + random.nextInt(3);
            QuestionPart part = QuestionPart.of(partNumber, localized(random, text, p), questions);
            if (ownScales && random.nextInt(3) == 0) {
                part = part.withScale(scale(random, text));
            }
            list.add(part);
        }
        QuestionSet set = QuestionSet.of(text.apply(20), text.apply(21), localized(random, text, 22), scale, list);
        switch (random.nextInt(3)) {
            case 0:
                return set;
            case 1:
                return set.withNotApplicable(NotApplicable.excludedFromMaximum());
            default:
                // "a1" is the first code of every scale of its own; the source's scale is the set's alone.
                return set.withNotApplicable(NotApplicable.scoredAs(ownScales ? "a" + (1 + random.nextInt(2))
                        : scale.answers().get(random.nextInt(4)).code()));
        }
    }

    /** A scale of two to five answers coded a1, a2, ..., points never rising, maybe one "unknown". */
    private static AnswerScale scale(SplittableRandom random, IntFunction<String> text) {
        int size = 2 + random.nextInt(4);
        List<Answer> answers = new ArrayList<>();
        int points = random.nextInt(Answer.MAX_POINTS + 1);
        for (int a = 1; a <= size; a++) {
            answers.add(Answer.of("a" + a, text.apply(a), text.apply(a + 6), points));
            points = Math.max(Answer.MIN_POINTS, points - random.nextInt(5));
        }
        return random.nextBoolean() ? AnswerScale.of(answers)
                : AnswerScale.of(answers, "a" + (2 + random.nextInt(size - 1)));
    }

    private static LocalizedText localized(SplittableRandom random, IntFunction<String> text, int i) {
        switch (random.nextInt(3)) {
            case 0:
                return LocalizedText.ofJapanese("text", text.apply(i));
            case 1:
                return LocalizedText.ofEnglish("text", text.apply(i + 1));
            default:
                return LocalizedText.of("text", text.apply(i), text.apply(i + 1));
        }
    }

    private static Question question(SplittableRandom random, int number, IntFunction<String> text) {
        Question question = Question.of(number, localized(random, text, number % 17));
        if (random.nextBoolean()) {
            question = question.withCategory(text.apply(number % 5 + 10));
        }
        EnumSet<TargetRole> roles = EnumSet.noneOf(TargetRole.class);
        for (TargetRole role : TargetRole.values()) {
            if (random.nextInt(3) == 0) {
                roles.add(role);
            }
        }
        List<String> annexA = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            String id = (5 + annexA.size()) + "." + (1 + random.nextInt(30));
            annexA.add(random.nextInt(4) == 0 ? "A." + id : id);
        }
        List<String> measures = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            measures.add(measures.size() + " " + text.apply(number % 7 + i));
        }
        return question.withTargetRoles(roles.toArray(new TargetRole[0])).withAnnexA(annexA.toArray(new String[0]))
                .withMeasures(measures.toArray(new String[0]));
    }

    /** Sheets of generated sets, "not applicable" among the answers when the set admits it. */
    public static Gen<AnswerSheet> sheets() {
        return questionSets().zip(integers().all(), Generators.nonBlank(), Generators.nonBlank(),
                (set, seed, respondent, department) -> sheet(set, new SplittableRandom(seed), respondent, department));
    }

    /**
     * A sheet of a set with answers drawn at random.
     *
     * @param set the set
     * @param random the source of the answers
     * @param respondent who answered, not blank
     * @param department the department, not blank
     * @return the sheet
     */
    public static AnswerSheet sheet(QuestionSet set, SplittableRandom random, String respondent, String department) {
        Map<Integer, String> codes = new TreeMap<>();
        for (QuestionPart part : set.parts()) {
            List<Answer> answers = set.scaleOf(part).answers();
            int choices = answers.size() + (set.notApplicable().isPresent() ? 1 : 0);
            for (Question question : part.questions()) {
                int choice = random.nextInt(choices);
                codes.put(question.number(), choice < answers.size() ? answers.get(choice).code()
                        : Answer.NOT_APPLICABLE_CODE);
            }
        }
        return AnswerSheet.of(set, respondent, department,
                LocalDate.of(2000, 1, 1).plusDays(random.nextInt(20_000)), codes);
    }

    /** Results of one sheet or of the tally of one to three departments' sheets. */
    public static Gen<SelfAssessmentResult> results() {
        return questionSets().zip(integers().all(), (set, seed) -> {
            SplittableRandom random = new SplittableRandom(seed);
            if (random.nextBoolean()) {
                return sheet(set, random, "山田", "本社").result();
            }
            List<AnswerSheet> sheets = new ArrayList<>();
            for (int d = 1 + random.nextInt(3); d > 0; d--) {
                sheets.add(sheet(set, random, "回答者", "部署" + d));
            }
            return Aggregation.of(sheets).result();
        });
    }
}
