package org.isms4j.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.secauto.metaschema.model.common.validation.IValidationFinding;
import gov.nist.secauto.metaschema.model.common.validation.IValidationResult;
import gov.nist.secauto.oscal.lib.OscalBindingContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.testkit.CanonicalFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalog and the POA&amp;M pass OSCAL's constraints (allowed values, indexes, references,
 * cardinalities of the OSCAL 1.1.2 metaschemas) as NIST's liboscal-java 3.0.3 checks them; a
 * finding of any severity fails the test. liboscal-java has no binding of the mapping model.
 */
class OscalConstraintTest {

    @TempDir
    static Path dir;

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("catalog.en.json", Documents.OSCAL.catalog(Locale.ENGLISH)),
                Arguments.of("catalog.ja.json", Documents.OSCAL.catalog(Locale.JAPANESE)),
                Arguments.of("poam.json", Documents.canonicalPoam()),
                Arguments.of("poam.assessed.json", Documents.OSCAL.poam(Documents.ORGANIZATION,
                        CanonicalFixture.assessed(), TreatmentPlan.of(List.of()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void document_passesOscalsConstraints(String name, String json) throws IOException {
        Path file = Files.writeString(dir.resolve(name), json);
        IValidationResult result = OscalBindingContext.instance().validateWithConstraints(file);
        List<String> findings = result.getFindings().stream()
                .map((IValidationFinding f) -> f.getSeverity() + ": " + f.getMessage()).collect(Collectors.toList());
        assertThat(findings).isEmpty();
        assertThat(result.isPassing()).isTrue();
    }

    /** The validator is the real one: a control id used twice breaks an index of the catalog. */
    @Test
    void validator_findsADuplicateControlId() throws IOException {
        String json = Documents.OSCAL.catalog(Locale.ENGLISH).replace("\"id\": \"a.5.2\"", "\"id\": \"a.5.1\"");
        Path file = Files.writeString(dir.resolve("duplicate.json"), json);
        IValidationResult result = OscalBindingContext.instance().validateWithConstraints(file);
        assertThat(result.isPassing()).isFalse();
        assertThat(result.getFindings()).isNotEmpty();
    }
}
