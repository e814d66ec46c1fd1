package org.isms4j.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.isms4j.testkit.ApiWalker;
import org.isms4j.testkit.CanonicalFixture;
import org.junit.jupiter.api.Test;

/**
 * The policies of every public constructor and method of isms-csv's exported packages, walked
 * by reflection: a null for any reference parameter throws a {@link NullPointerException} naming
 * the parameter, and a long hostile text in any text parameter gives a short one-line message.
 */
class ApiPolicyTest {

    /** The parameters documented as taking null: an exception's cause. */
    static final Set<String> NULLABLE = Set.of("IsmsCsvException.<init>(int, String, String, Throwable)#cause");

    /** Control characters, a line separator, a lone surrogate and a million characters more. */
    static final String HOSTILE = "5.12\r\nINFO forged log line\u0000\u2028\uD800" + "x".repeat(1_000_000);

    private static ApiWalker walker() {
        return ApiWalker.ofModule(Path.of("")).sample(org.isms4j.core.register.RiskRegister.class,
                CanonicalFixture.treated());
    }

    @Test
    void everyReferenceParameter_rejectsNullNamingIt() {
        ApiWalker walker = walker();
        assertThat(walker.executables()).isNotEmpty();
        assertThat(walker.nullPolicyViolations(NULLABLE)).isEmpty();
    }

    @Test
    void everyTextParameter_echoesHostileTextShortAndOnOneLine() {
        assertThat(walker().echoViolations(HOSTILE, 1000)).isEmpty();
    }
}
