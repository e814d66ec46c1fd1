package org.isms4j.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.isms4j.core.IsmsException;
import org.isms4j.core.Limits;
import org.isms4j.records.communication.Communication;
import org.isms4j.records.communication.CommunicationPlan;
import org.isms4j.records.document.DocumentNumber;
import org.isms4j.records.document.DocumentRegister;
import org.isms4j.records.document.DocumentedInformation;
import org.isms4j.records.example.ExampleCompany;
import org.isms4j.records.objective.Evaluation;
import org.isms4j.records.objective.EvaluationResult;
import org.isms4j.records.training.Period;
import org.isms4j.records.training.TrainingMethod;
import org.isms4j.records.training.TrainingRecord;
import org.junit.jupiter.api.Test;

/**
 * The core's {@link Limits} at the records' factories: the longest text, list and latest date are
 * built, one more is refused when built, so that no record is written that a reader refuses.
 */
class RecordLimitsTest {

    private static final String LONGEST = "x".repeat(Limits.MAX_TEXT_LENGTH);
    private static final String TOO_LONG = "x".repeat(Limits.MAX_TEXT_LENGTH + 1);
    private static final String ECHO = "'" + "x".repeat(64) + "…'";
    private static final LocalDate YEAR_10000 = LocalDate.of(10_000, 1, 1);

    private static Communication communication(String content, List<String> methods) {
        return Communication.of(content, "随時", "全従業者", "ISMS事務局", methods);
    }

    private static TrainingRecord training(String remarks) {
        return TrainingRecord.of("ISMS教育", ExampleCompany.trainingPeriod(), TrainingMethod.E_LEARNING, List.of(),
                "概要", "全従業者", List.of(), remarks);
    }

    @Test
    void aRequiredText_isBuiltAtTheLimit_andRefusedBeyondIt() {
        assertThat(communication(LONGEST, List.of("メール")).content()).hasSize(Limits.MAX_TEXT_LENGTH);
        assertThatThrownBy(() -> communication(TOO_LONG, List.of("メール"))).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for communication content (at most 100000 characters, not 100001): " + ECHO);
    }

    @Test
    void remarks_mayBeEmpty_butNotLongerThanTheLimit() {
        assertThat(training(LONGEST).remarks()).hasSize(Limits.MAX_TEXT_LENGTH);
        assertThat(Evaluation.of(EvaluationResult.EFFECTIVE, LocalDate.of(2024, 3, 1), "").remarks()).isEmpty();
        assertThatThrownBy(() -> training(TOO_LONG)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for remarks (at most 100000 characters, not 100001): " + ECHO);
        assertThatThrownBy(() -> Evaluation.of(EvaluationResult.EFFECTIVE, LocalDate.of(2024, 3, 1), TOO_LONG))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for remarks (at most 100000 characters, not 100001): " + ECHO);
    }

    @Test
    void aListOfTexts_holdsAtMostTheLimitsValues() {
        List<String> most = Collections.nCopies(Limits.MAX_LIST_SIZE, "m");
        assertThat(communication("内容", most).methods()).hasSize(Limits.MAX_LIST_SIZE);
        List<String> more = Collections.nCopies(Limits.MAX_LIST_SIZE + 1, "m");
        assertThatThrownBy(() -> communication("内容", more)).isInstanceOf(IsmsException.class)
                .hasMessageStartingWith("Invalid value for method list (at most 8000 values, not 8001): [m, m, m,");
    }

    @Test
    void aListOfTexts_joinedByATwoCharacterSeparator_holdsAtMostTheLongestText() {
        int half = (Limits.MAX_TEXT_LENGTH - 2) / 2;
        List<String> fits = List.of("a".repeat(half), "b".repeat(half));
        assertThatCode(() -> communication("内容", fits)).doesNotThrowAnyException();
        List<String> over = List.of("a".repeat(half), "b".repeat(half + 1));
        assertThatThrownBy(() -> communication("内容", over)).isInstanceOf(IsmsException.class)
                .hasMessageStartingWith("Invalid value for method list (at most 100000 characters, not 100001): 'aaaa");
    }

    @Test
    void dates_areBuiltUpTo9999_andRefusedAfter() {
        assertThat(Evaluation.of(EvaluationResult.EFFECTIVE, Limits.MAX_DATE, "").date()).isEqualTo(Limits.MAX_DATE);
        assertThatThrownBy(() -> Evaluation.of(EvaluationResult.EFFECTIVE, YEAR_10000, ""))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for evaluation date (valid values 0000-01-01 - 9999-12-31): +10000-01-01");
        assertThatThrownBy(() -> Period.of(LocalDate.of(-1, 12, 31), LocalDate.of(2023, 10, 2)))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for period start (valid values 0000-01-01 - 9999-12-31): -0001-12-31");
        assertThatThrownBy(() -> DocumentedInformation.of(DocumentNumber.parse("A-01"), "方針", "ISMS事務局", "社長",
                YEAR_10000, "共有フォルダ")).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for creation date (valid values 0000-01-01 - 9999-12-31): +10000-01-01");
    }

    /** A record's list of entries, which a JSON document holds whole, is as long as a reader reads. */
    @Test
    void aRecordsEntries_areBuiltUpToTheLimit_andRefusedBeyondIt() {
        List<Communication> most = new ArrayList<>();
        for (int i = 0; i < Limits.MAX_ENTRIES; i++) {
            most.add(communication("内容" + i, List.of("メール")));
        }
        assertThat(CommunicationPlan.of(most).communications()).hasSize(Limits.MAX_ENTRIES);
        List<Communication> more = new ArrayList<>(most);
        more.add(communication("内容" + Limits.MAX_ENTRIES, List.of("メール")));
        assertThatThrownBy(() -> CommunicationPlan.of(more)).isInstanceOf(IsmsException.class)
                .hasMessageStartingWith("Invalid value for communications (at most 100000 entries, not 100001): ");
        List<DocumentedInformation> documents = new ArrayList<>();
        for (int i = 0; i <= Limits.MAX_ENTRIES; i++) {
            documents.add(DocumentedInformation.ofExternal("規格" + i, "JIS", LocalDate.of(2023, 1, 1), "書棚"));
        }
        assertThatThrownBy(() -> DocumentRegister.of(documents)).isInstanceOf(IsmsException.class)
                .hasMessageStartingWith("Invalid value for documents (at most 100000 entries, not 100001): ");
    }
}
