package org.isms4j.core.selfassessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;

/**
 * The tally of the sheets that several offices or departments filled in for one question set,
 * as the person responsible makes it: each department's total side by side and, per question, the
 * answer an {@link AggregationRule} combines, by default the weakest answer given with the
 * departments that gave it.
 *
 * <p>Every sheet answers the same set and speaks for its own department: two sheets of one
 * department are rejected, not merged. The combined answers are scored like a sheet's, so that
 * the tally of a single sheet is that sheet's result.
 *
 * <p>This class is immutable and thread-safe if its rule is.
 */
@Value.Immutable
public abstract class Aggregation {

    Aggregation() {}

    /**
     * Returns the sheets, in the order given.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    @Value.Parameter
    public abstract List<AnswerSheet> sheets();

    /**
     * Returns the rule that combines the answers to each question.
     *
     * @return the rule, not null
     */
    @Value.Parameter
    @Value.Auxiliary
    public abstract AggregationRule rule();

    /**
     * Tallies sheets with the default rule, {@link AggregationRule#weakest()}.
     *
     * @param sheets the sheets, at least one, all of one question set, one per department; copied
     * @return the aggregation, not null
     * @throws IsmsException if there is no sheet, the sheets answer different sets, or two speak
     *     for one department
     */
    public static Aggregation of(List<AnswerSheet> sheets) {
        return of(sheets, AggregationRule.weakest());
    }

    /**
     * Tallies sheets with a rule.
     *
     * @param sheets the sheets, at least one, all of one question set, one per department; copied
     * @param rule the rule, not null
     * @return the aggregation, not null
     * @throws IsmsException if there is no sheet, the sheets answer different sets, two speak for
     *     one department, or the rule combines into an answer a question may not be given
     */
    public static Aggregation of(List<AnswerSheet> sheets, AggregationRule rule) {
        Objects.requireNonNull(sheets, "sheets");
        return ImmutableAggregation.of(sheets, Objects.requireNonNull(rule, "rule"));
    }

    @Value.Check
    final void check() {
        if (sheets().isEmpty()) {
            throw new IsmsException("Invalid aggregation: it tallies at least one sheet");
        }
        QuestionSet set = questionSet();
        Map<String, AnswerSheet> byDepartment = new TreeMap<>();
        for (AnswerSheet sheet : sheets()) {
            if (!sheet.questionSet().equals(set)) {
                throw new IsmsException(Checks.format(
                        "Invalid aggregation: the sheet of '%s' answers %s, not %s like the first",
                        Checks.echo(sheet.department()), sheet.questionSet(), set));
            }
            if (byDepartment.put(sheet.department(), sheet) != null) {
                throw new IsmsException(Checks.format("Duplicate department in aggregation: '%s'",
                        Quoted.cut(sheet.department())));
            }
        }
        combined();
    }

    /**
     * Returns the question set of the sheets.
     *
     * @return the set, not null
     */
    public final QuestionSet questionSet() {
        return sheets().get(0).questionSet();
    }

    /**
     * Returns each department's result, in the order of the sheets, for the totals side by side.
     *
     * @return an unmodifiable map from department to result, not null
     */
    public final Map<String, SelfAssessmentResult> departmentResults() {
        Map<String, SelfAssessmentResult> results = new LinkedHashMap<>();
        for (AnswerSheet sheet : sheets()) {
            results.put(sheet.department(), sheet.result());
        }
        return Collections.unmodifiableMap(results);
    }

    /**
     * Returns each question with the departments' answers and the combined one, in order of part
     * and number.
     *
     * @return an unmodifiable list, one per question, not null
     */
    @Value.Lazy
    public List<CombinedAnswer> combined() {
        List<CombinedAnswer> combined = new ArrayList<>();
        QuestionSet set = questionSet();
        for (Question question : set.questions()) {
            Map<String, Answer> answers = new LinkedHashMap<>();
            for (AnswerSheet sheet : sheets()) {
                answers.put(sheet.department(), sheet.answerTo(question.number()));
            }
            Answer answer = Objects.requireNonNull(
                    rule().combine(set, question.number(), Collections.unmodifiableMap(answers)), "combined answer");
            set.scoredAs(question.number(), answer);
            combined.add(CombinedAnswer.of(question, answers, answer));
        }
        return Collections.unmodifiableList(combined);
    }

    /**
     * Returns the result of the combined answers: the organisation's total, part subtotals,
     * unknown answers and questions below target.
     *
     * @return the result, not null
     */
    @Value.Lazy
    public SelfAssessmentResult result() {
        Map<Integer, Answer> answers = new TreeMap<>();
        for (CombinedAnswer answer : combined()) {
            answers.put(answer.question().number(), answer.combined());
        }
        return SelfAssessmentResult.of(questionSet(), answers);
    }
}
