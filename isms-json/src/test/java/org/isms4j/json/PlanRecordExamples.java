package org.isms4j.json;

import java.util.List;
import org.isms4j.records.example.ExampleCompany;
import org.isms4j.core.selfassessment.QuestionSet;
import org.isms4j.testkit.PlanRecordGenerators;
import org.quicktheories.core.Gen;

/**
 * The record documents of clauses 4 - 8.1 for the tests: each kind with its schema's name, the
 * example company's record and a generator of records.
 */
final class PlanRecordExamples {

    private PlanRecordExamples() {}

    /** A kind with its schema name, the example company's value and a generator. */
    record Example<T>(String name, JsonDocument<T> kind, T value, Gen<T> generated) {

        /** The name of the committed example document in {@code docs/schema/examples/}. */
        String exampleFile() {
            return name + ".example-company.json";
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The question set of the example company's comprehension test 理解度確認テスト. */
    static final QuestionSet TEST = ExampleCompany.comprehensionTest().questionSet();

    static final List<Example<?>> ALL = List.of(
            new Example<>("organisation-context", RecordDocuments.ORGANISATION_CONTEXT, ExampleCompany.context(),
                    PlanRecordGenerators.contexts()),
            new Example<>("policy", RecordDocuments.POLICY, ExampleCompany.policy(), PlanRecordGenerators.policies()),
            new Example<>("role-chart", RecordDocuments.ROLE_CHART, ExampleCompany.roles(),
                    PlanRecordGenerators.roleCharts()),
            new Example<>("effectiveness-sheet", RecordDocuments.EFFECTIVENESS_SHEET, ExampleCompany.effectiveness(),
                    PlanRecordGenerators.effectivenessSheets()),
            new Example<>("competence-record", RecordDocuments.COMPETENCE_RECORD,
                    ExampleCompany.departmentHeadCompetence(), PlanRecordGenerators.competenceRecords()),
            new Example<>("education-plan", RecordDocuments.educationPlan(TEST), ExampleCompany.educationPlan(),
                    PlanRecordGenerators.educationPlans()),
            new Example<>("training-record", RecordDocuments.trainingRecord(TEST),
                    ExampleCompany.trainingRecordWithTests(),
                    PlanRecordGenerators.trainingRecords()),
            new Example<>("communication-plan", RecordDocuments.COMMUNICATION_PLAN, ExampleCompany.communication(),
                    PlanRecordGenerators.communicationPlans()),
            new Example<>("document-register", RecordDocuments.DOCUMENT_REGISTER, ExampleCompany.documents(),
                    PlanRecordGenerators.documentRegisters()),
            new Example<>("annual-plan", RecordDocuments.ANNUAL_PLAN, ExampleCompany.annualPlan(),
                    PlanRecordGenerators.annualPlans()));

    static Example<?> named(String name) {
        return ALL.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }
}
