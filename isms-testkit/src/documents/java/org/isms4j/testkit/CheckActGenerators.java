package org.isms4j.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.isms4j.records.Clause;
import org.isms4j.records.audit.AuditChecklist;
import org.isms4j.records.audit.AuditPlan;
import org.isms4j.records.audit.AuditReport;
import org.isms4j.records.audit.AuditSlot;
import org.isms4j.records.audit.ChecklistItem;
import org.isms4j.records.audit.Finding;
import org.isms4j.records.audit.FindingGrade;
import org.isms4j.records.corrective.ActionStep;
import org.isms4j.records.corrective.CauseEvaluation;
import org.isms4j.records.corrective.CorrectiveAction;
import org.isms4j.records.corrective.NonconformityOrigin;
import org.isms4j.records.review.ManagementReview;
import org.isms4j.records.review.ReviewInput;
import org.isms4j.records.review.ReviewOutput;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of valid records of clauses 9 - 10 (Check and Act): internal audit
 * plans, checklists and reports with graded findings, management reviews with any inputs and
 * outputs, and corrective actions at every stage of their steps.
 *
 * <p>As {@link Generators}, each draws a seed and a list of texts and builds from them with
 * {@link SplittableRandom}.
 */
public final class CheckActGenerators {

    private static final String[] CLAUSES = {"4.3", "5.2", "6.1.2", "7.2", "7.5.1", "8.1", "9.2", "9.3.2", "10.2"};

    private CheckActGenerators() {}

    private static <T> Gen<T> build(java.util.function.BiFunction<SplittableRandom, IntFunction<String>, T> build) {
        return integers().all().zip(lists().of(Generators.nonBlank()).ofSize(16), (seed, texts) ->
                build.apply(new SplittableRandom(seed), i -> texts.get(Math.floorMod(i, texts.size()))));
    }

    private static Clause clause(SplittableRandom random) {
        return Clause.parse(CLAUSES[random.nextInt(CLAUSES.length)]);
    }

    private static LocalDate day(SplittableRandom random) {
        return LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1000));
    }

    /**
     * Audit plans of one to six slots, some auditors in several slots at other times, some times
     * with seconds.
     *
     * @return the generator
     */
    public static Gen<AuditPlan> auditPlans() {
        return build(CheckActGenerators::plan);
    }

    private static AuditPlan plan(SplittableRandom random, IntFunction<String> text) {
        LocalDateTime time = day(random).atTime(9, 0);
        List<AuditSlot> slots = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) {
            int number = 1 + random.nextInt(random.nextBoolean() ? 10 : Integer.MAX_VALUE);
            if (!numbers.add(number)) {
                continue;
            }
            String audited = text.apply(i);
            String own = text.apply(i + 1);
            LocalDateTime start = time.plusMinutes(random.nextInt(3) * 30L).plusSeconds(random.nextInt(4) == 0 ? 30 : 0);
            time = start.plusMinutes(30 + random.nextInt(120));
            slots.add(AuditSlot.of(number, audited, text.apply(i + 2 + random.nextInt(2)),
                    own.equals(audited) ? own + "部" : own, text.apply(i + 4), start, time));
        }
        return AuditPlan.of(text.apply(10), text.apply(11), text.apply(12), slots,
                time.toLocalDate().plusDays(random.nextInt(30)), text.apply(13));
    }

    private static List<ChecklistItem> items(SplittableRandom random, IntFunction<String> text, int min) {
        List<ChecklistItem> items = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        FindingGrade[] grades = FindingGrade.values();
        for (int i = 0, n = min + random.nextInt(5); i < n; i++) {
            Clause clause = clause(random);
            String check = text.apply(i + 3);
            if (!keys.add(clause + " " + check)) {
                continue;
            }
            List<String> evidence = new ArrayList<>();
            for (int k = 0, e = random.nextInt(3); k < e; k++) {
                evidence.add(text.apply(i + k + 7));
            }
            items.add(ChecklistItem.of(clause, check, evidence, random.nextBoolean() ? Optional.empty()
                    : Optional.of(grades[random.nextInt(grades.length)])));
        }
        return items;
    }

    /**
     * Checklists of one to five items, conforming or graded, with or without evidence.
     *
     * @return the generator
     */
    public static Gen<AuditChecklist> auditChecklists() {
        return build((random, text) -> AuditChecklist.of(items(random, text, 1)));
    }

    /**
     * Audit reports of a generated plan: checklist items, findings of every grade on audited
     * departments, some followed up.
     *
     * @return the generator
     */
    public static Gen<AuditReport> auditReports() {
        return build((random, text) -> {
            AuditPlan plan = plan(random, text);
            List<Finding> findings = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            FindingGrade[] grades = FindingGrade.values();
            for (int i = 0, n = random.nextInt(5); i < n; i++) {
                FindingGrade grade = grades[random.nextInt(grades.length)];
                int number = 1 + random.nextInt(3);
                if (!keys.add(grade.code() + number)) {
                    continue;
                }
                String department = plan.slots().get(random.nextInt(plan.slots().size())).auditedDepartment();
                Finding finding = Finding.of(grade, number, clause(random), department, text.apply(i + 5));
                findings.add(random.nextBoolean() ? finding : finding.followedUp(text.apply(i + 9)));
            }
            return AuditReport.of(plan, items(random, text, 0), text.apply(14), findings,
                    plan.dates().last().plusDays(random.nextInt(30)));
        });
    }

    /**
     * Management reviews with one to four attendees and any inputs and outputs reported.
     *
     * @return the generator
     */
    public static Gen<ManagementReview> managementReviews() {
        return build((random, text) -> {
            Set<String> attendees = new LinkedHashSet<>();
            for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                attendees.add(text.apply(i));
            }
            ManagementReview review = ManagementReview.of(day(random), attendees);
            for (ReviewInput input : ReviewInput.values()) {
                if (random.nextInt(4) > 0) {
                    review = review.withInput(input, text.apply(input.ordinal() + 4));
                }
            }
            for (ReviewOutput output : ReviewOutput.values()) {
                if (random.nextBoolean()) {
                    review = review.withOutput(output, text.apply(output.ordinal() + 14));
                }
            }
            return review;
        });
    }

    /**
     * Corrective actions of every origin and grade, taken to a random stage, with or without
     * cause removal, dates never running backwards.
     *
     * @return the generator
     */
    public static Gen<CorrectiveAction> correctiveActions() {
        return build((random, text) -> {
            LocalDate[] day = {day(random)};
            java.util.function.IntFunction<ActionStep> step = i -> {
                day[0] = day[0].plusDays(random.nextInt(3) == 0 ? 0 : random.nextInt(30));
                return ActionStep.of(text.apply(i), text.apply(i + 1), text.apply(i + 2), day[0]);
            };
            NonconformityOrigin[] origins = NonconformityOrigin.values();
            FindingGrade[] grades = FindingGrade.values();
            CorrectiveAction action = CorrectiveAction.of(text.apply(15), text.apply(14),
                    origins[random.nextInt(origins.length)], grades[random.nextInt(grades.length)], clause(random),
                    step.apply(0));
            int stages = random.nextInt(7);
            boolean removal = random.nextBoolean();
            if (stages > 0) {
                action = action.corrected(step.apply(1));
            }
            if (stages > 1) {
                action = action.evaluated(CauseEvaluation.of(random.nextBoolean(), random.nextBoolean(), removal,
                        step.apply(2)));
            }
            if (stages > 2 && removal) {
                action = action.causeRemovalPlanned(step.apply(3));
            }
            if (stages > 3) {
                action = action.implemented(step.apply(4));
            }
            if (stages > 4) {
                action = action.confirmed(step.apply(5));
            }
            if (stages > 5) {
                action = action.reviewed(step.apply(6), random.nextBoolean());
            }
            return action;
        });
    }
}
