package org.isms4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RiskModel;
import org.isms4j.core.Score;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.testkit.CanonicalFixture;
import org.isms4j.testkit.Fixtures;
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
    void riskRegisterReader_readsTheHeaderThenEveryRowThenStops() {
        List<AssessedRisk> rows = new ArrayList<>();
        try (RiskRegisterReader reader = JSON.riskRegisterReader(stream(TEXT), RiskModel.standard())) {
            assertThat(reader.model()).isEqualTo(RiskModel.standard());
            assertThat(reader.inventory()).isEqualTo(REGISTER.inventory());
            assertThat(reader.approval()).isEqualTo(REGISTER.approval());
            reader.forEachRemaining(rows::add);
            assertThat(reader.hasNext()).isFalse();
            assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
        }
        assertThat(rows).isEqualTo(REGISTER.risks());
    }

    @Test
    void riskRegisterReader_checksTheHeaderWhenItOpens() {
        assertThatThrownBy(() -> JSON.riskRegisterReader(stream(TEXT), RiskModel.standard().withIdAndVersion("x", "1")))
                .isInstanceOf(IsmsJsonException.class)
                .hasMessage("$.model: Model mismatch: this register was scored by isms4j-standard@1, not by x@1");
        assertThatThrownBy(() -> JSON.riskRegisterReader(stream("{\"format\": 1"), RiskModel.standard()))
                .isInstanceOf(IsmsJsonException.class)
                .hasMessage("$.format: Invalid type for format (expected string): 1");
        String noInventory = "{\"format\": \"isms4j.risk-register\", \"formatVersion\": 1, "
                + "\"model\": {\"id\": \"isms4j-standard\", \"version\": \"1\"}, \"risks\": []}";
        assertThatThrownBy(() -> JSON.riskRegisterReader(stream(noInventory), RiskModel.standard()))
                .isInstanceOf(IsmsJsonException.class)
                .hasMessage("$.risks: Missing property: 'inventory' (it comes before 'risks')");
    }

    @Test
    void riskRegisterReader_andReadRiskRegister_rejectAnInventoryRatingOffTheModelsScale_atThatRating() {
        String text = TEXT.replaceFirst("\"integrity\": 2", "\"integrity\": 0");
        String expected = "$.inventory[0].rating.integrity: Invalid rating of asset 9: Invalid value for integrity "
                + "(valid values 1 - 3): 0";
        assertThatThrownBy(() -> JSON.riskRegisterReader(stream(text), RiskModel.standard()))
                .isInstanceOf(IsmsJsonException.class)
                .hasMessage(expected);
        assertThatThrownBy(() -> JSON.readRiskRegister(text, RiskModel.standard()))
                .isInstanceOf(IsmsJsonException.class)
                .hasMessage(expected);
    }

    @Test
    void riskRegisterReader_badRowFailsWhenReachedAndStaysFailed() {
        String text = TEXT.replace("\"level\": 4", "\"level\": 5");
        try (RiskRegisterReader reader = JSON.riskRegisterReader(stream(text), RiskModel.standard())) {
            assertThat(reader.next()).isEqualTo(REGISTER.risks().get(0));
            IsmsJsonException failure = catchThrowableOfType(IsmsJsonException.class, reader::hasNext);
            assertThat(failure).hasMessage("$.risks[1].firstEvaluation.level: Invalid value for risk level (model "
                    + "isms4j-standard@1 gives 4): 5");
            assertThatThrownBy(reader::next).isSameAs(failure);
        }
    }

    @Test
    void riskRegisterReader_rowsInAnyOrderButEachNumberOnce() {
        List<AssessedRisk> reversed = new ArrayList<>(REGISTER.risks());
        java.util.Collections.reverse(reversed);
        RiskRegister register = REGISTER.withRisks(reversed);
        String text = JSON.writeRiskRegister(register);
        assertThat(JSON.readRiskRegister(text, RiskModel.standard()).risks()).isEqualTo(reversed);
        String duplicate = text.replace("\"number\": 1,\n", "\"number\": 3,\n");
        try (RiskRegisterReader reader = JSON.riskRegisterReader(stream(duplicate), RiskModel.standard())) {
            reader.next();
            reader.next();
            assertThatThrownBy(reader::next).isInstanceOf(IsmsJsonException.class)
                    .hasMessage("$.risks[2].number: Duplicate risk number: 3");
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
        String late = TEXT.substring(0, TEXT.lastIndexOf('}')) + ", \"approval\": {}}";
        try (RiskRegisterReader reader = JSON.riskRegisterReader(stream(late), RiskModel.standard())) {
            reader.next();
            reader.next();
            reader.next();
            assertThatThrownBy(reader::hasNext).isInstanceOf(IsmsJsonException.class)
                    .hasMessage("$.approval: Duplicate property: 'approval'");
        }
        String unapproved = JSON.writeRiskRegister(CanonicalFixture.assessedFromThreatAndVulnerability());
        String lateApproval = unapproved.substring(0, unapproved.lastIndexOf('}')) + ", \"approval\": {}}";
        assertThatThrownBy(() -> JSON.readRiskRegister(lateApproval, RiskModel.standard()))
                .isInstanceOf(IsmsJsonException.class)
                .hasMessage("$.approval: Invalid order of properties: 'approval' comes before 'risks'");
    }

    @Test
    void riskRegisterWriter_rejectsRowsTheRegisterWouldReject() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RiskRegisterWriter writer = JSON.riskRegisterWriter(out, RiskModel.standard(), REGISTER.inventory());
        assertThat(writer.model()).isEqualTo(RiskModel.standard());
        assertThat(writer.inventory()).isEqualTo(REGISTER.inventory());
        writer.write(REGISTER.risks().get(1));
        assertThatThrownBy(() -> writer.write(REGISTER.risks().get(1)))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Duplicate risk number: 2");
        RiskModel other = Fixtures.customModel();
        AssessedRisk foreign = AssessedRisk.of(REGISTER.risks().get(2).risk(), RiskEvaluation.ofLikelihood(other, 3, 3));
        assertThatThrownBy(() -> writer.write(foreign))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid risk 3: its first evaluation was scored by acme-27005@2026-04, not by the "
                        + "register's model isms4j-standard@1");
        AssessedRisk lower = AssessedRisk.of(REGISTER.risks().get(2).risk(),
                RiskEvaluation.ofLikelihood(RiskModel.standard(), 2, 3));
        assertThatThrownBy(() -> writer.write(lower))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid risk 3: its first evaluation has asset importance 2, but the highest importance "
                        + "of its assets is 3");
        RiskRegisterWriter small = JSON.riskRegisterWriter(new ByteArrayOutputStream(), RiskModel.standard(),
                Fixtures.quickApproachInventory());
        assertThatThrownBy(() -> small.write(REGISTER.risks().get(0)))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid risk 1: it cites asset 9, which is not in the asset inventory");
        writer.close();
        writer.close();
        assertThatThrownBy(() -> writer.write(REGISTER.risks().get(2))).isInstanceOf(IllegalStateException.class);
        assertThat(JSON.readRiskRegister(out.toString(StandardCharsets.UTF_8), RiskModel.standard()).risks())
                .containsExactly(REGISTER.risks().get(1));
    }

    @Test
    void writeRiskRegister_anEvaluationTheModelDoesNotGive_isRejectedByTheRegisterBeforeWriting() {
        RiskEvaluation recorded = RiskEvaluation.newBuilder().modelId("isms4j-standard").modelVersion("1")
                .assetImportance(3).score(Score.of(3, 2, 5, RiskModel.standard().priorityOf(5))).build();
        assertThatThrownBy(() -> REGISTER.withRisks(List.of(AssessedRisk.of(REGISTER.risks().get(0).risk(),
                recorded))))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid first evaluation of risk 1: Invalid value for risk level (model isms4j-standard@1 "
                        + "gives 6): 5");
        RiskEvaluation second = RiskEvaluation.newBuilder().modelId("isms4j-standard").modelVersion("1")
                .assetImportance(2).score(Score.of(2, 1, 2, RiskModel.standard().priorityOf(6))).build();
        assertThatThrownBy(() -> REGISTER.withRisks(List.of(REGISTER.risks().get(0).withSecond(second))))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid second evaluation of risk 1: Invalid value for priority (model isms4j-standard@1 "
                        + "gives 'acceptable'): '2'");
    }
}
