package org.isms4j.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import org.isms4j.core.selfassessment.AnswerSheet;
import org.isms4j.core.selfassessment.NotApplicable;
import org.isms4j.core.selfassessment.Question;
import org.isms4j.core.selfassessment.QuestionSet;
import org.isms4j.core.selfassessment.QuestionSets;
import org.isms4j.records.Clause;
import org.isms4j.records.audit.AuditReport;
import org.isms4j.records.audit.Finding;
import org.isms4j.records.audit.FindingGrade;
import org.isms4j.records.communication.Communication;
import org.isms4j.records.communication.CommunicationPlan;
import org.isms4j.records.competence.CompetenceItem;
import org.isms4j.records.competence.CompetenceRating;
import org.isms4j.records.competence.CompetenceRecord;
import org.isms4j.records.corrective.ActionStep;
import org.isms4j.records.corrective.CauseEvaluation;
import org.isms4j.records.corrective.CorrectiveAction;
import org.isms4j.records.corrective.NonconformityOrigin;
import org.isms4j.records.competence.ImprovementPlan;
import org.isms4j.records.document.DocumentKind;
import org.isms4j.records.document.DocumentNumber;
import org.isms4j.records.document.DocumentRegister;
import org.isms4j.records.document.DocumentedInformation;
import org.isms4j.records.example.ExampleCompany;
import org.isms4j.records.leadership.IsmsRole;
import org.isms4j.records.operation.AnnualPlan;
import org.isms4j.records.operation.PlannedActivity;
import org.isms4j.records.review.ManagementReview;
import org.isms4j.records.review.ReviewInput;
import org.isms4j.records.review.ReviewOutput;
import org.isms4j.records.training.Attendee;
import org.isms4j.records.training.TrainingRecord;
import org.junit.jupiter.api.Test;

/**
 * Every record the library can build writes as its CSV table and reads back equal, in both
 * languages. Each record is built from a seed (shrinking towards seed 0), its texts drawn from
 * the characters a cell must carry: commas, quotes, line breaks, spaces at the ends, control
 * characters, Japanese.
 */
class RecordTablesPropertyTest {

    private static final IsmsCsv[] CSVS = {IsmsCsv.japanese(), IsmsCsv.english().withByteOrderMark()};
    private static final List<String> TEXTS = List.of("社員名簿", " x ", "a,\"b\"", "1\r\n2", "\u0001\t", "●",
            "é€😀", "No", "2023-05-15");
    private static final List<Clause> CLAUSES = List.of(Clause.parse("4.3"), Clause.parse("6.1.2"),
            Clause.parse("9.2"), Clause.parse("10.2"));

    private static <T> void roundTrips(Function<SplittableRandom, T> record, Function<T, CsvTable<T>> table) {
        qt().forAll(longs().all()).checkAssert(seed -> {
            T value = record.apply(new SplittableRandom(seed));
            for (IsmsCsv csv : CSVS) {
                assertThat(csv.read(table.apply(value), csv.write(table.apply(value), value))).isEqualTo(value);
            }
        });
    }

    /** Text that is not blank, with the characters a cell must carry, made unique by a prefix. */
    static String text(SplittableRandom random, int index) {
        StringBuilder text = new StringBuilder(index < 0 ? "" : index + " ");
        for (int i = random.nextInt(1, 4); i > 0; i--) {
            text.append(random.nextBoolean() ? TEXTS.get(random.nextInt(TEXTS.size()))
                    : new String(Character.toChars(random.nextInt(0x20, 0xD7FF))));
        }
        return text.toString().isBlank() ? "x" + text : text.toString();
    }

    /** Text for a cell of several, joined by "; ": no semicolon. */
    private static String item(SplittableRandom random, int index) {
        return text(random, index).replace(';', ':');
    }

    private static LocalDate date(SplittableRandom random) {
        return LocalDate.of(2023, 1, 1).plusDays(random.nextInt(700));
    }

    private static <T> Optional<T> maybe(SplittableRandom random, T value) {
        return random.nextBoolean() ? Optional.of(value) : Optional.empty();
    }

    @Test
    void communicationPlan() {
        roundTrips(random -> {
            List<Communication> communications = new ArrayList<>();
            for (int i = random.nextInt(1, 6); i > 0; i--) {
                List<String> methods = new ArrayList<>();
                for (int m = random.nextInt(1, 4); m > 0; m--) {
                    methods.add(item(random, -1));
                }
                communications.add(Communication.of(text(random, i), text(random, -1), text(random, -1),
                        text(random, -1), methods));
            }
            return CommunicationPlan.of(communications);
        }, plan -> RecordTables.COMMUNICATION_PLAN);
    }

    @Test
    void documentRegister() {
        roundTrips(random -> {
            List<DocumentedInformation> documents = new ArrayList<>();
            Map<DocumentKind, Integer> next = new TreeMap<>();
            for (int i = random.nextInt(0, 8); i > 0; i--) {
                DocumentKind kind = DocumentKind.values()[random.nextInt(DocumentKind.values().length)];
                int number = next.merge(kind, 1, Integer::sum);
                if (kind == DocumentKind.MANUAL && number > 1) {
                    kind = DocumentKind.EXTERNAL;
                }
                LocalDate created = date(random);
                int edition = random.nextInt(1, 4);
                boolean numbered = kind != DocumentKind.EXTERNAL;
                documents.add(DocumentedInformation.ofRecord(
                        numbered ? Optional.of(DocumentNumber.of(kind, number)) : Optional.empty(), text(random, i),
                        text(random, -1), numbered ? Optional.of(text(random, -1)) : maybe(random, text(random, -1)),
                        created, edition > 1 ? Optional.of(created.plusDays(random.nextInt(100))) : Optional.empty(),
                        edition, text(random, -1)));
            }
            return DocumentRegister.of(documents);
        }, register -> RecordTables.DOCUMENT_REGISTER);
    }

    @Test
    void annualPlan() {
        roundTrips(random -> {
            List<PlannedActivity> activities = new ArrayList<>();
            LocalDate monday = LocalDate.of(2023, 5, 1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            for (int i = random.nextInt(1, 6); i > 0; i--) {
                Set<String> documents = new LinkedHashSet<>();
                for (int d = random.nextInt(0, 3); d > 0; d--) {
                    documents.add(item(random, d));
                }
                Set<LocalDate> weeks = new LinkedHashSet<>();
                for (int w = random.nextInt(1, 4); w > 0; w--) {
                    weeks.add(monday.plusWeeks(random.nextInt(12)));
                }
                activities.add(PlannedActivity.of(CLAUSES.get(random.nextInt(CLAUSES.size())), text(random, i),
                        documents, weeks));
            }
            return AnnualPlan.of(activities);
        }, plan -> RecordTables.ANNUAL_PLAN);
    }

    @Test
    void competenceRecord() {
        roundTrips(random -> {
            List<CompetenceItem> items = new ArrayList<>();
            for (int i = 1, n = random.nextInt(1, 7); i <= n; i++) {
                Optional<ImprovementPlan> plan = maybe(random, ImprovementPlan.of(date(random), text(random, -1)));
                Optional<CompetenceRating> reRating = plan.isPresent() && random.nextBoolean()
                        ? Optional.of(CompetenceRating.of(random.nextInt(1, 6))) : Optional.empty();
                items.add(CompetenceItem.ofRecord(i, text(random, -1), CompetenceRating.of(random.nextInt(1, 6)), plan,
                        reRating, reRating.map(r -> date(random))));
            }
            return CompetenceRecord.of(IsmsRole.values()[random.nextInt(IsmsRole.values().length)],
                    text(random, -1), items);
        }, record -> RecordTables.competence(record.role(), record.person()));
    }

    @Test
    void trainingAttendees() {
        TrainingRecord course = ExampleCompany.trainingRecord();
        roundTrips(random -> {
            List<Attendee> attendees = new ArrayList<>();
            for (int i = random.nextInt(0, 6); i > 0; i--) {
                attendees.add(Attendee.of(text(random, -1), text(random, i),
                        course.period().start().plusDays(random.nextInt(30))));
            }
            return TrainingRecord.of(course.course(), course.period(), course.method(), course.materials(),
                    course.summary(), course.audience(), attendees, course.remarks());
        }, RecordTables::attendees);
    }

    @Test
    void auditFindings() {
        AuditReport report = ExampleCompany.auditReport();
        List<String> departments = List.of("情報システム部", "管理部", "営業部", "総務部");
        roundTrips(random -> {
            List<Finding> findings = new ArrayList<>();
            for (int i = random.nextInt(0, 6); i > 0; i--) {
                Finding finding = Finding.of(FindingGrade.values()[random.nextInt(FindingGrade.values().length)], i,
                        CLAUSES.get(random.nextInt(CLAUSES.size())), departments.get(random.nextInt(4)),
                        text(random, -1));
                findings.add(random.nextBoolean() ? finding.followedUp(text(random, -1)) : finding);
            }
            return AuditReport.of(report.plan(), report.checklist(), report.summary(), findings,
                    report.reportedOn());
        }, RecordTables::auditFindings);
    }

    @Test
    void managementReview() {
        roundTrips(random -> {
            ManagementReview review = ManagementReview.of(date(random), List.of(text(random, 1), text(random, 2)));
            for (ReviewInput input : EnumSet.allOf(ReviewInput.class)) {
                review = random.nextBoolean() ? review.withInput(input, text(random, -1)) : review;
            }
            for (ReviewOutput output : EnumSet.allOf(ReviewOutput.class)) {
                review = random.nextBoolean() ? review.withOutput(output, text(random, -1)) : review;
            }
            return review;
        }, RecordTables::managementReview);
    }

    @Test
    void correctiveActions() {
        roundTrips(random -> {
            List<CorrectiveAction> actions = new ArrayList<>();
            for (int i = random.nextInt(0, 4); i > 0; i--) {
                LocalDate day = date(random);
                CorrectiveAction action = CorrectiveAction.of(text(random, i), text(random, -1),
                        NonconformityOrigin.values()[random.nextInt(NonconformityOrigin.values().length)],
                        FindingGrade.values()[random.nextInt(FindingGrade.values().length)],
                        CLAUSES.get(random.nextInt(CLAUSES.size())), step(random, day));
                int steps = random.nextInt(0, 7);
                boolean removal = random.nextBoolean();
                action = steps > 0 ? action.corrected(step(random, day.plusDays(1))) : action;
                action = steps > 1 ? action.evaluated(CauseEvaluation.of(random.nextBoolean(), random.nextBoolean(),
                        removal, step(random, day.plusDays(2)))) : action;
                action = steps > 2 && removal ? action.causeRemovalPlanned(step(random, day.plusDays(3))) : action;
                action = steps > 3 ? action.implemented(step(random, day.plusDays(4))) : action;
                action = steps > 4 ? action.confirmed(step(random, day.plusDays(5))) : action;
                action = steps > 5 ? action.reviewed(step(random, day.plusDays(6)), random.nextBoolean()) : action;
                actions.add(action);
            }
            return actions;
        }, actions -> RecordTables.CORRECTIVE_ACTIONS);
    }

    private static ActionStep step(SplittableRandom random, LocalDate date) {
        return ActionStep.of(text(random, -1), text(random, -1), text(random, -1), date);
    }

    @Test
    void answerSheet() {
        List<QuestionSet> sets = List.of(QuestionSets.selfAssessmentPart1(), QuestionSets.cloudOperation(),
                QuestionSets.selfAssessmentPart1().withNotApplicable(NotApplicable.excludedFromMaximum()),
                ExampleCompany.comprehensionTest().questionSet());
        roundTrips(random -> {
            QuestionSet set = sets.get(random.nextInt(sets.size()));
            AnswerSheet.SheetBuilder sheet = AnswerSheet.builder(set, text(random, -1), text(random, -1),
                    date(random));
            for (Question question : set.questions()) {
                List<String> codes = new ArrayList<>();
                set.scaleOf(question.number()).answers().forEach(a -> codes.add(a.code()));
                set.notApplicable().ifPresent(n -> codes.add("not_applicable"));
                sheet.answer(question.number(), codes.get(random.nextInt(codes.size())));
            }
            return sheet.build();
        }, sheet -> SelfAssessmentTables.answerSheet(sheet.questionSet()));
    }
}
