package org.isms4j.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.isms4j.core.IsmsException;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.records.audit.FindingGrade;
import org.isms4j.records.competence.Appointment;
import org.isms4j.records.competence.CompetenceRating;
import org.isms4j.records.context.IssueOrigin;
import org.isms4j.records.corrective.ActionStage;
import org.isms4j.records.corrective.NonconformityOrigin;
import org.isms4j.records.document.DocumentKind;
import org.isms4j.records.leadership.IsmsRole;
import org.isms4j.records.objective.EvaluationResult;
import org.isms4j.records.readiness.Readiness;
import org.isms4j.records.readiness.RequiredDocument;
import org.isms4j.records.review.ReviewInput;
import org.isms4j.records.review.ReviewOutput;
import org.isms4j.records.training.TrainingMethod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every closed vocabulary of the records: codes that round-trip, and a Japanese and an English name. */
class VocabularyTest {

    private static Arguments vocabulary(VocabularyTerm[] terms, Function<String, VocabularyTerm> ofCode, String name) {
        return Arguments.of(List.of(terms), ofCode, name);
    }

    static Stream<Arguments> vocabularies() {
        return Stream.of(
                vocabulary(IssueOrigin.values(), IssueOrigin::ofCode, "issue origin"),
                vocabulary(IsmsRole.values(), IsmsRole::ofCode, "ISMS role"),
                vocabulary(EvaluationResult.values(), EvaluationResult::ofCode, "evaluation result"),
                vocabulary(CompetenceRating.values(), CompetenceRating::ofCode, "competence rating"),
                vocabulary(Appointment.values(), Appointment::ofCode, "appointment criterion"),
                vocabulary(TrainingMethod.values(), TrainingMethod::ofCode, "training method"),
                vocabulary(DocumentKind.values(), DocumentKind::ofCode, "document kind"),
                vocabulary(FindingGrade.values(), FindingGrade::ofCode, "finding grade"),
                vocabulary(NonconformityOrigin.values(), NonconformityOrigin::ofCode, "nonconformity origin"),
                vocabulary(ActionStage.values(), ActionStage::ofCode, "corrective action stage"),
                vocabulary(ReviewInput.values(), ReviewInput::ofCode, "management review input"),
                vocabulary(ReviewOutput.values(), ReviewOutput::ofCode, "management review output"),
                vocabulary(RequiredDocument.values(), RequiredDocument::ofCode, "required document"),
                vocabulary(Readiness.values(), Readiness::ofCode, "readiness"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("vocabularies")
    void ofCode_roundTripsEveryTermAndRejectsOthers(List<VocabularyTerm> terms, Function<String, VocabularyTerm> ofCode,
            String name) {
        for (VocabularyTerm term : terms) {
            assertThat(ofCode.apply(term.code())).isSameAs(term);
            assertThat(term.getDisplayName(Locale.JAPANESE)).isNotBlank().isNotEqualTo(term.getDisplayName(Locale.ENGLISH));
            assertThat(term.getDisplayName(Locale.ENGLISH)).isNotBlank();
        }
        assertThat(terms.stream().map(VocabularyTerm::code).distinct()).hasSize(terms.size());
        assertThatThrownBy(() -> ofCode.apply("unknown")).isInstanceOf(IsmsException.class)
                .hasMessageStartingWith("Unknown " + name + ": 'unknown' (valid values " + terms.get(0).code() + ", ");
    }
}
