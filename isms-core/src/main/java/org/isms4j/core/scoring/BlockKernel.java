package org.isms4j.core.scoring;

/**
 * A kernel that scores byte columns a block of rows at a time, such as the Vector API kernel that
 * scores 32 rows in one step with AVX2.
 *
 * <p>{@link ColumnarScorer} hands a kernel the rows of a checked range; the kernel scores whole
 * blocks from the first row and returns the row it stopped at: the first row of the first block
 * that holds a value off a scale, or of the rows left over that do not fill a block. The scorer's
 * own loop goes on from there, so that it is the scorer that finds a bad row and names it.
 *
 * <p>The one implementation, {@code VectorKernel}, is compiled in a compiler execution of its own
 * against the incubating module {@code jdk.incubator.vector}, and loaded by name only when the
 * JVM has that module (see {@link ColumnarScorer}): the rest of isms-core compiles, and runs,
 * without it. Implementations are immutable and thread-safe.
 */
interface BlockKernel {

    /**
     * Returns how many rows one block holds.
     *
     * @return the rows of a block, 1 or more
     */
    int blockRows();

    /**
     * Scores whole blocks of rows from {@code from}, and returns the row it stopped at. The caller
     * has checked the columns and the range.
     *
     * @param importance the importance of each risk
     * @param threat the threat of each risk
     * @param vulnerability the vulnerability of each risk
     * @param likelihood receives the likelihood of each risk scored
     * @param level receives the risk level of each risk scored
     * @param priority receives the priority rank of each risk scored
     * @param from the first row
     * @param to the row after the last
     * @return the first row not scored, from {@code from} to {@code to}
     */
    int score(byte[] importance, byte[] threat, byte[] vulnerability, byte[] likelihood, byte[] level,
            byte[] priority, int from, int to);
}
