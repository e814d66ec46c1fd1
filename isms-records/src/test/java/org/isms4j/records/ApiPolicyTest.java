package org.isms4j.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.isms4j.testkit.ApiWalker;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.testkit.CanonicalFixture;
import org.junit.jupiter.api.Test;

/** The null policy and the bounded echo over isms-records's exported API, walked by {@link ApiWalker}. */
class ApiPolicyTest {

    /** The parameters documented as taking null. */
    static final Set<String> NULLABLE = Set.of();

    private static ApiWalker walker() {
        return ApiWalker.ofModule(Path.of(""))
                .sample(RiskRegister.class, CanonicalFixture.treated());
    }

    @Test
    void everyReferenceParameter_rejectsNullNamingIt() {
        assertThat(walker().nullPolicyViolations(NULLABLE)).isEmpty();
    }

    @Test
    void everyTextParameter_echoesHostileTextShortAndOnOneLine() {
        assertThat(walker().echoViolations(ApiWalker.HOSTILE, ApiWalker.MESSAGE_BOUND)).isEmpty();
    }
}
