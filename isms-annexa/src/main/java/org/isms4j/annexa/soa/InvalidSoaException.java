package org.isms4j.annexa.soa;

import java.util.List;
import java.util.Objects;
import org.isms4j.core.IsmsException;

/**
 * The exception for a Statement of Applicability that is not complete, such as one that leaves 91
 * controls undecided, keeping every problem.
 *
 * <p>The message counts the problems and states the first, such as
 * {@code Incomplete Statement of Applicability (91 problems): Control 5.1 has no decision: ...}.
 *
 * <p>This class is immutable and thread-safe.
 */
public class InvalidSoaException extends IsmsException {

    private static final long serialVersionUID = 1L;

    /** Not serialized: problems are values of this library, not of the platform. */
    private final transient List<SoaProblem> problems;

    /**
     * Creates an exception.
     *
     * @param problems the problems, not empty; copied
     * @throws IllegalArgumentException if there are no problems
     */
    public InvalidSoaException(List<SoaProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(List<SoaProblem> problems) {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid SoA has at least one problem");
        }
        return "Incomplete Statement of Applicability (" + problems.size() + " problems): "
                + problems.get(0).message();
    }

    /**
     * Returns the problems, in document order of their controls.
     *
     * @return an unmodifiable, non-empty list; empty after deserialization; not null
     */
    public List<SoaProblem> problems() {
        return problems == null ? List.of() : problems;
    }
}
