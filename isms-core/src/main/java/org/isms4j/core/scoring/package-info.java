/**
 * Bulk scoring over primitive columns: {@link org.isms4j.core.scoring.ColumnarScorer} scores
 * many risks at once (importance, threat, vulnerability in; likelihood, level, priority out),
 * allocation-free, with exactly the results of {@link org.isms4j.core.RiskModel#score}.
 *
 * <p>The scorer is immutable and thread-safe. No method accepts {@code null}: a null argument
 * throws {@link java.lang.NullPointerException} naming the parameter; a value off its scale
 * throws {@link org.isms4j.core.IsmsException} naming the column and the row.
 *
 * <p>Worked example (docs/method.md#quick-approach): the quick approach's three rows, importance 3, 3, 3 with
 * likelihood 3, 2, 2 (threat 3, 3, 2 and vulnerability 3, 2, 3), score levels 9, 6, 6.
 * <pre>{@code
 * ColumnarScorer scorer = ColumnarScorer.of(RiskModel.standard());
 * byte[] level = new byte[3], likelihood = new byte[3], priority = new byte[3];
 * scorer.score(new byte[] {3, 3, 3}, new byte[] {3, 3, 2}, new byte[] {3, 2, 3}, likelihood, level, priority);
 * System.out.println(java.util.Arrays.toString(level) + " " + java.util.Arrays.toString(priority));
 * // prints: [9, 6, 6] [1, 2, 2]
 * }</pre>
 */
package org.isms4j.core.scoring;
