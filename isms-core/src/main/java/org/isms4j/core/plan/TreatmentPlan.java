package org.isms4j.core.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.treatment.TreatmentControl;

/**
 * The risk treatment plan リスク対応計画 (docs/method.md#treatment-plan): which control, by whom, by when and how, one
 * row per control, with progress counts and overdue rows as of a date.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TreatmentPlan {

    TreatmentPlan() {}

    /**
     * Returns the rows in the order given.
     *
     * @return an unmodifiable list, not null
     */
    @Value.Parameter
    public abstract List<PlanItem> items();

    /**
     * Obtains a plan.
     *
     * @param items the rows, with unique numbers; not null; copied
     * @return the plan, not null
     * @throws IsmsException if two rows share a number
     */
    public static TreatmentPlan of(Collection<PlanItem> items) {
        Objects.requireNonNull(items, "items");
        return ImmutableTreatmentPlan.builder().addAllItems(items).build();
    }

    /**
     * Lays out the plan a register's treatments call for, as the source writes it "from the risk
     * assessment report, every control of the treatment": one row per control the treatments
     * name, numbered from 1 in register order (each risk's controls in their order), with the
     * control's text and Annex A id and the numbers of every risk whose treatment names it. Each
     * builder still needs the row's tasks, owner and planned dates; risks without a treatment
     * add no row. For the source's three risks, rows 1 - 5 carry モバイル機器の利用ルールを整備・強化
     * (risk 1), 教育訓練 (risk 2) and risk 3's 情報の分類定義 (5.12), 分類ごとの情報の取扱いルール
     * and ラベリング (5.13). A row traces to at most {@value org.isms4j.core.Limits#MAX_LIST_SIZE}
     * risks: the builder of a control more risks name fails when built, and the control is
     * better split into rows of its own.
     *
     * @param register the register, not null
     * @return an unmodifiable list of new builders, one per control, in plan order; not null
     */
    public static List<PlanItemBuilder> draft(RiskRegister register) {
        Objects.requireNonNull(register, "register");
        Map<TreatmentControl, SortedSet<Integer>> risksByControl = new LinkedHashMap<>();
        for (AssessedRisk risk : register.risks()) {
            risk.treatment().ifPresent(treatment -> {
                for (TreatmentControl control : treatment.controls()) {
                    risksByControl.computeIfAbsent(control, c -> new TreeSet<>()).add(risk.number());
                }
            });
        }
        List<PlanItemBuilder> rows = new ArrayList<>(risksByControl.size());
        for (Map.Entry<TreatmentControl, SortedSet<Integer>> row : risksByControl.entrySet()) {
            rows.add(PlanItem.newBuilder().number(rows.size() + 1).control(row.getKey()).riskNumbers(row.getValue()));
        }
        return Collections.unmodifiableList(rows);
    }

    @Value.Check
    final void check() {
        Set<Integer> numbers = new HashSet<>();
        for (PlanItem item : items()) {
            if (!numbers.add(item.number())) {
                throw new IsmsException(Checks.format("Duplicate plan row number: %d", item.number()));
            }
        }
    }

    /**
     * Returns how many rows have each status.
     *
     * @return an unmodifiable map with every status, not null
     */
    public final Map<PlanStatus, Integer> progress() {
        Map<PlanStatus, Integer> counts = new EnumMap<>(PlanStatus.class);
        for (PlanStatus status : PlanStatus.values()) {
            counts.put(status, 0);
        }
        for (PlanItem item : items()) {
            counts.merge(item.status(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Returns the rows overdue on a date: not completed, planned end passed.
     *
     * @param today the date to judge on, not null
     * @return an unmodifiable list in plan order, not null
     */
    public final List<PlanItem> overdue(LocalDate today) {
        Objects.requireNonNull(today, "today");
        return items().stream().filter(item -> item.isOverdue(today)).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Checks that every row traces to risks of a register whose treatment names the row's control.
     *
     * @param register the register, not null
     * @return this plan
     * @throws IsmsException naming the row and the risk that does not carry its control
     */
    public final TreatmentPlan checkTraces(RiskRegister register) {
        Objects.requireNonNull(register, "register");
        for (PlanItem item : items()) {
            for (int number : item.riskNumbers()) {
                AssessedRisk risk = register.find(number).orElseThrow(() -> new IsmsException(Checks.format(
                        "Invalid plan row %d: it traces to risk %d, which is not in the register", item.number(),
                        number)));
                boolean named = risk.treatment().map(t -> t.controls().contains(item.control())).orElse(false);
                if (!named) {
                    throw new IsmsException(Checks.format(
                            "Invalid plan row %d: risk %d's treatment does not name its control '%s'", item.number(),
                            number, Checks.echo(item.control().toString())));
                }
            }
        }
        return this;
    }
}
