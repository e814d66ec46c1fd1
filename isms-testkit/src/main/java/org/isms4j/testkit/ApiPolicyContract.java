package org.isms4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The API policies a module's {@code ApiPolicyTest} holds, as JUnit tests it inherits: every
 * reference parameter rejects null naming it, every text parameter echoes hostile text short and
 * on one line, and every parameter has a sample, so that no method escapes the walk.
 *
 * <p>A test class implements {@link #walker()} with the samples its module needs and, if any,
 * {@link #nullable()} with the parameters documented as taking null.
 */
public interface ApiPolicyContract {

    /**
     * Returns the walk over the module's API, with its samples.
     *
     * @return the walker, not null
     * @throws Exception if a sample cannot be made
     */
    ApiWalker walker() throws Exception;

    /**
     * Returns the parameters documented as taking null, such as
     * {@code IsmsCsvException.<init>(int, String, String, Throwable)#cause}; none unless a module
     * says so.
     *
     * @return the parameters, by {@link ApiWalker#name} and {@code #} and the parameter's name
     */
    default Set<String> nullable() {
        return Set.of();
    }

    @Test
    default void everyReferenceParameter_rejectsNullNamingIt() throws Exception {
        assertThat(walker().nullPolicyViolations(nullable())).isEmpty();
    }

    @Test
    default void everyTextParameter_echoesHostileTextShortAndOnOneLine() throws Exception {
        assertThat(walker().echoViolations(ApiWalker.HOSTILE, ApiWalker.MESSAGE_BOUND)).isEmpty();
    }

    @Test
    default void everyParameterHasASample() throws Exception {
        assertThat(walker().missingSamples()).isEmpty();
    }
}
