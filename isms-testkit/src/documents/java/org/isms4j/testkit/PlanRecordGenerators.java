package org.isms4j.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.isms4j.records.Clause;
import org.isms4j.records.communication.Communication;
import org.isms4j.records.communication.CommunicationPlan;
import org.isms4j.records.competence.CompetenceItem;
import org.isms4j.records.competence.CompetenceRating;
import org.isms4j.records.competence.CompetenceRecord;
import org.isms4j.records.competence.ImprovementPlan;
import org.isms4j.records.context.ClimateChangeDecision;
import org.isms4j.records.context.InterestedParty;
import org.isms4j.records.context.Issue;
import org.isms4j.records.context.IssueOrigin;
import org.isms4j.records.context.OrganisationContext;
import org.isms4j.records.context.PartyRequirement;
import org.isms4j.records.context.Scope;
import org.isms4j.records.context.ScopeExclusion;
import org.isms4j.records.context.ScopeInterface;
import org.isms4j.records.document.DocumentKind;
import org.isms4j.records.example.ExampleCompany;
import org.isms4j.records.document.DocumentNumber;
import org.isms4j.records.document.DocumentRegister;
import org.isms4j.records.document.DocumentedInformation;
import org.isms4j.records.leadership.IsmsRole;
import org.isms4j.records.leadership.Policy;
import org.isms4j.records.leadership.RoleAssignment;
import org.isms4j.records.leadership.RoleChart;
import org.isms4j.records.objective.EffectivenessRecord;
import org.isms4j.records.objective.EffectivenessSheet;
import org.isms4j.records.objective.Evaluation;
import org.isms4j.records.objective.EvaluationResult;
import org.isms4j.records.objective.Metric;
import org.isms4j.records.objective.SecurityObjective;
import org.isms4j.records.operation.AnnualPlan;
import org.isms4j.records.operation.PlannedActivity;
import org.isms4j.records.training.Attendee;
import org.isms4j.records.training.EducationPlan;
import org.isms4j.records.training.Period;
import org.isms4j.records.training.TrainingMethod;
import org.isms4j.records.training.TrainingRecord;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of valid ISMS records of clauses 4 - 8.1: contexts, policies, role
 * charts, effectiveness sheets, competence records, education plans, training records,
 * communication plans, document registers and annual plans.
 *
 * <p>Each generator draws texts and a seed and builds from them with {@link SplittableRandom},
 * as {@link Generators} does; texts that must be unique get their index appended.
 */
public final class PlanRecordGenerators {

    private static final LocalDate EPOCH = LocalDate.of(2023, 4, 3);

    private PlanRecordGenerators() {}

    /** The draw of one record: a seed and texts. */
    private static final class Draw {
        final SplittableRandom random;
        final List<String> texts;
        private int next;

        Draw(long seed, List<String> texts) {
            this.random = new SplittableRandom(seed);
            this.texts = texts;
        }

        String text() {
            return texts.get(next++ % texts.size());
        }

        /** A text made unique among those of one record by its index. */
        String unique(int index) {
            return text() + " " + index;
        }

        List<String> texts(int min, int max) {
            List<String> list = new ArrayList<>();
            for (int i = 0, n = min + random.nextInt(max - min + 1); i < n; i++) {
                list.add(text());
            }
            return list;
        }

        List<String> uniqueTexts(int min, int max) {
            List<String> list = new ArrayList<>();
            for (int i = 0, n = min + random.nextInt(max - min + 1); i < n; i++) {
                list.add(unique(i));
            }
            return list;
        }

        LocalDate date() {
            return EPOCH.plusDays(random.nextInt(2000) - 500);
        }

        <E> E pick(E[] values) {
            return values[random.nextInt(values.length)];
        }
    }

    private static <T> Gen<T> drawn(Function<Draw, T> build) {
        return integers().all().zip(lists().of(Generators.nonBlank()).ofSize(12),
                (seed, texts) -> build.apply(new Draw(seed, texts)));
    }

    /** Organisation contexts of 1 - 5 issues and 1 - 4 interested parties, with any scope. */
    public static Gen<OrganisationContext> contexts() {
        return drawn(d -> {
            List<Issue> issues = new ArrayList<>();
            for (int i = 0, n = 1 + d.random.nextInt(5); i < n; i++) {
                issues.add(Issue.of(d.pick(IssueOrigin.values()), d.unique(i), d.text(), d.text()));
            }
            List<InterestedParty> parties = new ArrayList<>();
            for (int i = 0, n = 1 + d.random.nextInt(4); i < n; i++) {
                List<PartyRequirement> requirements = new ArrayList<>();
                for (int k = 0, m = 1 + d.random.nextInt(3); k < m; k++) {
                    requirements.add(PartyRequirement.of(d.unique(k), d.text(), d.text(), d.random.nextBoolean(),
                            d.random.nextBoolean()));
                }
                parties.add(InterestedParty.of(d.unique(i), requirements));
            }
            List<String> inside = d.uniqueTexts(3, 8);
            int units = 1 + d.random.nextInt(inside.size() - 2);
            int locations = units + 1 + d.random.nextInt(inside.size() - units - 1);
            List<ScopeInterface> interfaces = new ArrayList<>();
            for (int i = 0, n = d.random.nextInt(3); i < n; i++) {
                interfaces.add(ScopeInterface.of(d.text(), d.text()));
            }
            List<ScopeExclusion> exclusions = new ArrayList<>();
            for (int i = 0, n = d.random.nextInt(3); i < n; i++) {
                exclusions.add(ScopeExclusion.of(d.text() + " excluded " + i, d.text()));
            }
            Scope scope = Scope.of(inside.subList(0, units), inside.subList(units, locations),
                    inside.subList(locations, inside.size()), interfaces, exclusions);
            ClimateChangeDecision climate = d.random.nextBoolean() ? ClimateChangeDecision.relevant(d.text())
                    : ClimateChangeDecision.notRelevant(d.text());
            return OrganisationContext.of(issues, climate, parties, scope);
        });
    }

    /** Policies of any edition with 1 - 4 objectives. */
    public static Gen<Policy> policies() {
        return drawn(d -> Policy.ofEdition(1 + d.random.nextInt(d.random.nextBoolean() ? 5 : Integer.MAX_VALUE),
                d.date(), d.text(), d.text(), d.uniqueTexts(1, 4)));
    }

    /**
     * Role charts: top management, the committee chair or not, some of the other roles (one or two
     * secretariat members and department heads), each reporting as its role does or, for a role
     * under the committee chair, to top management (always when there is no chair).
     */
    public static Gen<RoleChart> roleCharts() {
        return drawn(d -> {
            List<RoleAssignment> assignments = new ArrayList<>();
            assignments.add(RoleAssignment.of(IsmsRole.TOP_MANAGEMENT, d.text(), d.texts(1, 2), d.texts(0, 2)));
            boolean chair = d.random.nextBoolean();
            for (IsmsRole role : IsmsRole.values()) {
                boolean under = role.reportsTo().equals(Optional.of(IsmsRole.COMMITTEE_CHAIR));
                boolean held = role == IsmsRole.COMMITTEE_CHAIR ? chair
                        : role != IsmsRole.TOP_MANAGEMENT && d.random.nextInt(4) > 0;
                for (int i = 0, n = !held ? 0 : role.isSingleHolder() ? 1 : 1 + d.random.nextInt(2); i < n; i++) {
                    RoleAssignment a = role == IsmsRole.DEPARTMENT_HEAD
                            ? RoleAssignment.ofDepartmentHead(d.unique(i), d.text(), d.texts(1, 2), d.texts(0, 1))
                            : RoleAssignment.of(role, d.text(), d.texts(1, 2), d.texts(0, 2));
                    if (under && (!chair || d.random.nextBoolean())) {
                        a = a.reportingTo(IsmsRole.TOP_MANAGEMENT);
                    }
                    assignments.add(a);
                }
            }
            return RoleChart.of(assignments);
        });
    }

    /** Effectiveness sheets of 0 - 4 objectives, some evaluated ○ or ×. */
    public static Gen<EffectivenessSheet> effectivenessSheets() {
        return drawn(d -> {
            List<EffectivenessRecord> records = new ArrayList<>();
            for (int i = 0, n = d.random.nextInt(5); i < n; i++) {
                LocalDate setOn = d.date();
                SecurityObjective objective = SecurityObjective.of(i + 1 + d.random.nextInt(3) * 10, d.texts(1, 3),
                        Metric.of(d.text(), d.text()), d.texts(1, 2), d.texts(1, 2), d.text(),
                        setOn.plusDays(d.random.nextInt(400)), d.text(), setOn);
                EffectivenessRecord record = EffectivenessRecord.of(objective);
                if (d.random.nextBoolean()) {
                    record = record.evaluated(Evaluation.of(d.pick(EvaluationResult.values()),
                            setOn.plusDays(d.random.nextInt(400)), d.random.nextBoolean() ? "" : d.text()));
                }
                records.add(record);
            }
            return EffectivenessSheet.of(records);
        });
    }

    /** Competence records of 1 - 6 items, rated, planned and re-rated in every way: A, B and C. */
    public static Gen<CompetenceRecord> competenceRecords() {
        return drawn(d -> {
            List<CompetenceItem> items = new ArrayList<>();
            for (int i = 0, n = 1 + d.random.nextInt(6); i < n; i++) {
                boolean planned = d.random.nextBoolean();
                boolean reRated = planned && d.random.nextBoolean();
                LocalDate on = d.date();
                items.add(CompetenceItem.ofRecord(i + 1, d.text(), CompetenceRating.of(1 + d.random.nextInt(5)),
                        planned ? Optional.of(ImprovementPlan.of(on, d.text())) : Optional.empty(),
                        reRated ? Optional.of(CompetenceRating.of(1 + d.random.nextInt(5))) : Optional.empty(),
                        reRated ? Optional.of(on.plusDays(d.random.nextInt(60))) : Optional.empty()));
            }
            return CompetenceRecord.of(d.pick(IsmsRole.values()), d.text(), items);
        });
    }

    private static Period period(Draw d) {
        LocalDate start = d.date();
        return Period.of(start, start.plusDays(d.random.nextInt(60)));
    }

    /** Education plans of 1 - 4 methods, half of them with the example company's comprehension test. */
    public static Gen<EducationPlan> educationPlans() {
        return drawn(d -> {
            List<TrainingMethod> methods = new ArrayList<>(List.of(TrainingMethod.values()));
            java.util.Collections.shuffle(methods, new java.util.Random(d.random.nextLong()));
            EducationPlan plan = EducationPlan.of(d.text(), d.text(),
                    methods.subList(0, 1 + d.random.nextInt(methods.size())), d.text(), d.texts(1, 4), period(d), d.text());
            return d.random.nextBoolean() ? plan : plan.evaluatedByTest(ExampleCompany.comprehensionTest());
        });
    }

    /**
     * Training records of 0 - 5 attendees within the period, half of them with the example
     * company's comprehension test 理解度確認テスト, sat by some attendees on or after the day they
     * attended, retaken until a pass or not.
     */
    public static Gen<TrainingRecord> trainingRecords() {
        return drawn(d -> {
            Period period = period(d);
            List<Attendee> attendees = new ArrayList<>();
            long days = period.end().toEpochDay() - period.start().toEpochDay() + 1;
            for (int i = 0, n = d.random.nextInt(6); i < n; i++) {
                attendees.add(Attendee.of(d.text(), d.unique(i), period.start().plusDays(d.random.nextLong(days))));
            }
            TrainingRecord record = TrainingRecord.of(d.text(), period, d.pick(TrainingMethod.values()), d.texts(0, 2),
                    d.text(), d.text(), attendees, d.random.nextBoolean() ? "" : d.text());
            if (d.random.nextBoolean()) {
                return record;
            }
            record = record.evaluatedByTest(ExampleCompany.comprehensionTest());
            for (Attendee attendee : attendees) {
                LocalDate day = attendee.attendedOn();
                for (int k = 0, n = d.random.nextInt(3); k < n && !passed(record, attendee); k++) {
                    day = day.plusDays(d.random.nextInt(8));
                    java.util.Map<Integer, String> wrong = new java.util.HashMap<>();
                    if (d.random.nextBoolean()) {
                        wrong.put(1 + d.random.nextInt(5), d.pick(new String[] {"a", "b", "c"}));
                        wrong.put(6 + d.random.nextInt(5), d.random.nextBoolean() ? "true" : "false");
                    }
                    record = record.withTestSitting(ExampleCompany.sheet(attendee, day, wrong));
                }
            }
            return record;
        });
    }

    private static boolean passed(TrainingRecord record, Attendee attendee) {
        return record.testRecords().stream().anyMatch(r -> r.person().equals(attendee.name()) && r.isPassed());
    }

    /** Communication plans of 1 - 5 communications. */
    public static Gen<CommunicationPlan> communicationPlans() {
        return drawn(d -> {
            List<Communication> communications = new ArrayList<>();
            for (int i = 0, n = 1 + d.random.nextInt(5); i < n; i++) {
                communications.add(Communication.of(d.unique(i), d.text(), d.text(), d.text(), d.texts(1, 3)));
            }
            return CommunicationPlan.of(communications);
        });
    }

    /** Document registers of 0 - 8 documents of every kind, some revised. */
    public static Gen<DocumentRegister> documentRegisters() {
        return drawn(d -> {
            DocumentRegister register = DocumentRegister.of(List.of());
            for (int i = 0, n = d.random.nextInt(9); i < n; i++) {
                DocumentKind kind = d.pick(DocumentKind.values());
                LocalDate created = d.date();
                DocumentedInformation document;
                if (kind == DocumentKind.EXTERNAL) {
                    document = DocumentedInformation.ofExternal(d.unique(i), d.text(), created, d.text());
                } else if (kind == DocumentKind.MANUAL && register.find(DocumentNumber.parse("B-01")).isPresent()) {
                    continue;
                } else {
                    document = DocumentedInformation.of(register.nextNumber(kind), d.unique(i), d.text(), d.text(),
                            created, d.text());
                }
                for (int k = 0, m = d.random.nextInt(3); k < m; k++) {
                    created = created.plusDays(d.random.nextInt(200));
                    document = document.revised(created, d.text());
                }
                register = register.with(document);
            }
            return register;
        });
    }

    /** Annual plans of 1 - 5 activities, each of 1 - 4 scheduled weeks. */
    public static Gen<AnnualPlan> annualPlans() {
        List<String> clauses = List.of("4.1", "5.2", "6.1", "6.1.2", "6.2", "7.2", "7.5", "8.1", "9.2", "9.3", "10.2");
        return drawn(d -> {
            List<PlannedActivity> activities = new ArrayList<>();
            for (int i = 0, n = 1 + d.random.nextInt(5); i < n; i++) {
                LocalDate monday = d.date().with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                List<LocalDate> weeks = new ArrayList<>();
                for (int k = 0, m = 1 + d.random.nextInt(4); k < m; k++) {
                    weeks.add(monday);
                    monday = monday.plusWeeks(1 + d.random.nextInt(3));
                }
                activities.add(PlannedActivity.of(Clause.parse(clauses.get(d.random.nextInt(clauses.size()))),
                        d.unique(i), d.uniqueTexts(0, 3), weeks));
            }
            return AnnualPlan.of(activities);
        });
    }
}
