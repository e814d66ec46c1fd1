package org.isms4j.records.objective;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.isms4j.core.Checks;

/**
 * The effectiveness evaluation of an objective (clause 9.1, 【評価】 of the ISMS有効性評価表): the
 * result ○ or ×, the evaluation date 評価日 and the remarks 備考; such as the source's ○ with
 * 全従業員eラーニングでのテストを100点にて合格。有効性があるものと判断する。
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Evaluation {

    Evaluation() {}

    /**
     * Returns the result.
     *
     * @return the result, not null
     */
    @Value.Parameter
    public abstract EvaluationResult result();

    /**
     * Returns the evaluation date 評価日.
     *
     * @return the date, not null
     */
    @Value.Parameter
    public abstract LocalDate date();

    /**
     * Returns the remarks 備考.
     *
     * @return the text, possibly empty, not null
     */
    @Value.Parameter
    public abstract String remarks();

    /**
     * Obtains an evaluation.
     *
     * @param result the result, not null
     * @param date the evaluation date, not null
     * @param remarks the remarks, possibly empty, not null
     * @return the evaluation, not null
     * @throws org.isms4j.core.IsmsException if the date lies outside {@code 0000-01-01 - 9999-12-31}, or the
     *     remarks are longer than {@value org.isms4j.core.Limits#MAX_TEXT_LENGTH} characters
     */
    public static Evaluation of(EvaluationResult result, LocalDate date, String remarks) {
        return ImmutableEvaluation.of(result, date, remarks);
    }

    @Value.Check
    final void check() {
        Checks.date("evaluation date", date());
        Checks.text("remarks", remarks());
    }
}
