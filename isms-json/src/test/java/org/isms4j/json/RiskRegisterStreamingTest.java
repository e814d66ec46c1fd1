package org.isms4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RiskModel;
import org.isms4j.core.risk.RiskEvaluation;
import org.junit.jupiter.api.Test;

/** The row-by-row reader and writer of risk registers. */
class RiskRegisterStreamingTest {

    private static final IsmsJson JSON = IsmsJson.strict();
    private static final RiskRegister REGISTER = Fixtures.canonicalRegister();
    private static final String TEXT = JSON.writeRiskRegister(REGISTER);

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void riskRegisterReader_readsEveryRowThenStops() {
        List<RiskRegisterEntry> rows = new ArrayList<>();
        try (RiskRegisterReader reader = JSON.riskRegisterReader(stream(TEXT), RiskModel.standard())) {
            assertThat(reader.model()).isEqualTo(RiskModel.standard());
            reader.forEachRemaining(rows::add);
            assertThat(reader.hasNext()).isFalse();
            assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
        }
        assertThat(rows).isEqualTo(REGISTER.entries());
    }

    @Test
    void riskRegisterReader_checksTheHeaderWhenItOpens() {
        assertThatThrownBy(() -> JSON.riskRegisterReader(stream(TEXT), RiskModel.standard().withIdAndVersion("x", "1")))
                .isInstanceOf(IsmsJsonException.class)
                .hasMessage("$.model: Model mismatch: this register was scored by isms4j-standard@1, not by x@1");
        assertThatThrownBy(() -> JSON.riskRegisterReader(stream("{\"format\": 1"), RiskModel.standard()))
                .isInstanceOf(IsmsJsonException.class)
                .hasMessage("$.format: Invalid type for format (expected string): 1");
    }

    @Test
    void riskRegisterReader_badRowFailsWhenReachedAndStaysFailed() {
        String text = TEXT.replace("\"level\": 4", "\"level\": 5");
        try (RiskRegisterReader reader = JSON.riskRegisterReader(stream(text), RiskModel.standard())) {
            assertThat(reader.next()).isEqualTo(REGISTER.entries().get(0));
            IsmsJsonException failure = org.assertj.core.api.Assertions.catchThrowableOfType(IsmsJsonException.class,
                    reader::hasNext);
            assertThat(failure).hasMessage("$.risks[1].firstEvaluation.level: Invalid value for risk level (model "
                    + "isms4j-standard@1 gives 4): 5");
            assertThatThrownBy(reader::next).isSameAs(failure);
        }
    }

    @Test
    void riskRegisterReader_checksTheEndOfTheDocument() {
        try (RiskRegisterReader reader = JSON.riskRegisterReader(stream(TEXT + "[]"), RiskModel.standard())) {
            reader.next();
            reader.next();
            reader.next();
            assertThatThrownBy(reader::hasNext).isInstanceOf(IsmsJsonException.class)
                    .hasMessage("$: Trailing content after the document: array");
        }
        String truncated = TEXT.substring(0, TEXT.lastIndexOf(']'));
        try (RiskRegisterReader reader = JSON.riskRegisterReader(stream(truncated), RiskModel.standard())) {
            reader.next();
            reader.next();
            reader.next();
            assertThatThrownBy(reader::hasNext).isInstanceOf(IsmsJsonException.class)
                    .hasMessageStartingWith("$.risks[2]: Malformed JSON");
        }
    }

    @Test
    void riskRegisterWriter_rejectsRowsOutOfOrderAndOfAnotherModel() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RiskRegisterWriter writer = JSON.riskRegisterWriter(out, RiskModel.standard());
        writer.write(REGISTER.entries().get(1));
        assertThatThrownBy(() -> writer.write(REGISTER.entries().get(0)))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid order of risks: risk 1 follows risk 2 (risks ascend by number)");
        RiskModel other = Fixtures.customModel();
        RiskRegisterEntry foreign = REGISTER.entries().get(2)
                .withFirstEvaluation(RiskEvaluation.ofLikelihood(other, 3, 3));
        assertThatThrownBy(() -> writer.write(foreign))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid first evaluation of risk 3: Model mismatch: this evaluation was scored by "
                        + "acme-27005@2026-04, not by isms4j-standard@1");
        writer.close();
        writer.close();
        assertThatThrownBy(() -> writer.write(REGISTER.entries().get(2))).isInstanceOf(IllegalStateException.class);
        assertThat(JSON.readRiskRegister(out.toString(StandardCharsets.UTF_8), RiskModel.standard()).entries())
                .containsExactly(REGISTER.entries().get(1));
    }

    @Test
    void riskRegisterOf_sortsRowsAndRejectsDuplicatesAndForeignScores() {
        List<RiskRegisterEntry> reversed = new ArrayList<>(REGISTER.entries());
        java.util.Collections.reverse(reversed);
        assertThat(RiskRegister.of(RiskModel.standard(), reversed)).isEqualTo(REGISTER);
        assertThat(REGISTER.size()).isEqualTo(3);
        assertThat(REGISTER).hasToString("RiskRegister of 3 risks scored by isms4j-standard@1");
        assertThatThrownBy(() -> RiskRegister.of(RiskModel.standard(),
                List.of(REGISTER.entries().get(0), REGISTER.entries().get(0))))
                .isInstanceOf(IsmsException.class).hasMessage("Duplicate risk number: 1");
        RiskEvaluation recorded = RiskEvaluation.ofRecord("isms4j-standard", "1", 3, java.util.OptionalInt.empty(),
                java.util.OptionalInt.empty(), java.util.OptionalInt.empty(),
                org.isms4j.core.Score.of(3, 2, 5, RiskModel.standard().priorityOf(5)));
        assertThatThrownBy(() -> RiskRegister.of(RiskModel.standard(),
                List.of(REGISTER.entries().get(0).withFirstEvaluation(recorded))))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid first evaluation of risk 1: Invalid value for risk level (model isms4j-standard@1 "
                        + "gives 6): 5");
    }

    @Test
    void riskRegisterEntry_valueSemantics() {
        RiskRegisterEntry entry = REGISTER.entries().get(0);
        assertThat(entry).isEqualTo(RiskRegisterEntry.of(entry.risk(), entry.firstEvaluation()))
                .hasSameHashCodeAs(RiskRegisterEntry.of(entry.risk(), entry.firstEvaluation()))
                .isNotEqualTo(REGISTER.entries().get(1));
        assertThat(entry.withFirstEvaluation(entry.firstEvaluation())).isSameAs(entry);
        assertThat(entry.toString()).startsWith("risk 1: importance 3, likelihood 2, level 6, priority 2");
        assertThat(REGISTER).isEqualTo(RiskRegister.of(RiskModel.standard(), REGISTER.entries()))
                .hasSameHashCodeAs(RiskRegister.of(RiskModel.standard(), REGISTER.entries()));
    }
}
