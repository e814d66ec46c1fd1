package org.isms4j.records.training;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.report.ReportTable;
import org.isms4j.core.selfassessment.AnswerKey;
import org.isms4j.records.internal.Column;
import org.isms4j.records.internal.Texts;

/**
 * The education plan 教育計画書 (clause 7.2): purpose 教育目的, audience 教育対象者, methods
 * 教育方法 with how they are run, content 教育内容, period 実施期間 and the evaluation of its
 * effectiveness 教育の有効性評価; such as the source's plan for ISO27001認証取得のため, 全従業者,
 * eラーニングによる自己学習、確認テスト.
 *
 * <p>A plan whose effectiveness is evaluated by a comprehension test 理解度確認テスト carries the
 * test's {@link AnswerKey} (questions, correct answers, points and pass mark, such as the source's
 * 10 questions × 10 points with the pass mark 100); the {@link TrainingRecord} keeps each
 * attendee's sittings, retaken until a pass.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EducationPlan {

    private static final List<Column<EducationPlan>> COLUMNS = List.of(
            Column.of("purpose", "教育目的", "purpose", (p, l) -> p.purpose()),
            Column.of("audience", "教育対象者", "audience", (p, l) -> p.audience()),
            Column.of("method", "教育方法", "method", (p, l) -> p.methods().stream().map(m -> m.getDisplayName(l))
                    .collect(Collectors.joining("; ")) + ": " + p.methodDetails()),
            Column.of("content", "教育内容", "content", (p, l) -> String.join("; ", p.content())),
            Column.of("period", "実施期間", "period", (p, l) -> p.period().toString()),
            Column.of("effectiveness", "教育の有効性評価", "effectiveness evaluation",
                    (p, l) -> p.effectivenessEvaluation()));

    EducationPlan() {}

    /**
     * Returns the purpose 教育目的.
     *
     * @return the text, not blank
     */
    public abstract String purpose();

    /**
     * Returns the audience 教育対象者, such as 全従業者.
     *
     * @return the text, not blank
     */
    public abstract String audience();

    /**
     * Returns the methods 教育方法.
     *
     * @return an unmodifiable, non-empty list without duplicates, not null
     */
    public abstract List<TrainingMethod> methods();

    /**
     * Returns how the methods are run, such as 委員会より、受講対象者に受講案内のメールを送付.
     *
     * @return the text, not blank
     */
    public abstract String methodDetails();

    /**
     * Returns the content 教育内容, such as 当社のルールの遵守.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    public abstract List<String> content();

    /**
     * Returns the period 実施期間.
     *
     * @return the period, not null
     */
    public abstract Period period();

    /**
     * Returns how the effectiveness is evaluated 教育の有効性評価, such as
     * 確認テストは、合格点に達するまで繰り返す.
     *
     * @return the text, not blank
     */
    public abstract String effectivenessEvaluation();

    /**
     * Returns the comprehension test that evaluates the education.
     *
     * @return the test's answer key, or empty if the plan evaluates otherwise
     */
    public abstract Optional<AnswerKey> comprehensionTest();

    /**
     * Obtains a plan.
     *
     * @param purpose the purpose, not blank
     * @param audience the audience, not blank
     * @param methods the methods, not empty, none twice; copied
     * @param methodDetails how the methods are run, not blank
     * @param content the content, not empty, none blank; copied
     * @param period the period, not null
     * @param effectivenessEvaluation how effectiveness is evaluated, not blank
     * @return the plan, not null
     * @throws IsmsException if a text is blank, a list empty or a method twice
     */
    public static EducationPlan of(String purpose, String audience, Collection<TrainingMethod> methods,
            String methodDetails, Collection<String> content, Period period, String effectivenessEvaluation) {
        Objects.requireNonNull(methods, "methods");
        Objects.requireNonNull(content, "content");
        return ImmutableEducationPlan.builder().purpose(purpose).audience(audience).methods(methods)
                .methodDetails(methodDetails).content(content).period(period)
                .effectivenessEvaluation(effectivenessEvaluation).build();
    }

    /**
     * Returns a copy whose effectiveness is evaluated by a comprehension test.
     *
     * @param key the test's answer key, not null
     * @return the copy, not null
     * @throws IsmsException if the plan already has a test
     */
    public final EducationPlan evaluatedByTest(AnswerKey key) {
        Objects.requireNonNull(key, "key");
        if (comprehensionTest().isPresent()) {
            throw new IsmsException("Invalid education plan: it already has a comprehension test");
        }
        return ImmutableEducationPlan.builder().from(this).comprehensionTest(key).build();
    }

    @Value.Check
    final void check() {
        Checks.entries("training methods", methods());
        Texts.notBlank("purpose", purpose());
        Texts.notBlank("audience", audience());
        Texts.notEmpty("education plan", "method", methods());
        Texts.unique("education plan", "method", methods(), TrainingMethod::code);
        Texts.notBlank("method details", methodDetails());
        Texts.notEmpty("education plan", "content", content());
        Texts.eachNotBlank("content", content());
        Texts.notBlank("effectiveness evaluation", effectivenessEvaluation());
    }

    /**
     * Returns the plan as a table of one row with the source's items in order: 教育目的, 教育対象者,
     * 教育方法, 教育内容, 実施期間, 教育の有効性評価.
     *
     * @param locale Japanese or English headings and methods, not null
     * @return the table, not null
     */
    public final ReportTable toTable(Locale locale) {
        return Column.table(COLUMNS, List.of(this), locale);
    }
}
