package org.isms4j.core.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.core.plan.PlanItem;

/**
 * A column of the risk treatment plan リスク対応計画, in the source's order (docs/method.md#treatment-plan), such as
 * 担当 owner; the Annex A control and the traced risks follow.
 */
public enum PlanColumn implements VocabularyTerm {
    /** 番号 number. */
    NUMBER("number", "番号", "No", (item, locale) -> Integer.toString(item.number())),
    /** 管理策 control. */
    CONTROL("control", "管理策", "Control", (item, locale) -> item.control().text()),
    /** タスク tasks, one per line. */
    TASKS("tasks", "タスク", "Tasks", (item, locale) -> String.join("\n", item.tasks())),
    /** 担当 owner. */
    OWNER("owner", "担当", "Owner", (item, locale) -> item.owner()),
    /** 予定 開始 planned start. */
    PLANNED_START("planned_start", "予定開始", "Planned start", (item, locale) -> item.plannedStart().toString()),
    /** 予定 終了 planned end. */
    PLANNED_END("planned_end", "予定終了", "Planned end", (item, locale) -> item.plannedEnd().toString()),
    /** 実績 開始 actual start. */
    ACTUAL_START("actual_start", "実績開始", "Actual start", (item, locale) -> date(item.actualStart())),
    /** 実績 終了 actual end. */
    ACTUAL_END("actual_end", "実績終了", "Actual end", (item, locale) -> date(item.actualEnd())),
    /** ステータス status. */
    STATUS("status", "ステータス", "Status", (item, locale) -> item.status().getDisplayName(locale)),
    /** 附属書A Annex A control carried out. */
    ANNEX_A("annex_a", "附属書A", "Annex A", (item, locale) -> item.control().annexA().orElse("")),
    /** リスク番号 the risks traced. */
    RISKS("risks", "リスク番号", "Risks", (item, locale) -> item.riskNumbers().stream().map(String::valueOf)
            .collect(Collectors.joining(", ")));

    private final TermNames names;
    private final BiFunction<PlanItem, Locale, String> value;

    PlanColumn(String code, String japanese, String english, BiFunction<PlanItem, Locale, String> value) {
        this.names = TermNames.of(code, japanese, english);
        this.value = value;
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("");
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns this column's cell for a plan row.
     *
     * @param item the row, not null
     * @param locale the language of terms such as the status, not null
     * @return the text, not null
     */
    public String valueOf(PlanItem item, Locale locale) {
        return value.apply(item, locale);
    }

    /**
     * Returns the column with a code.
     *
     * @param code the code, such as {@code owner}, not null
     * @return the column, not null
     * @throws IsmsException if no column has that code
     */
    public static PlanColumn ofCode(String code) {
        return VocabularyTerm.ofCode(PlanColumn.class, "treatment plan column", code);
    }
}
