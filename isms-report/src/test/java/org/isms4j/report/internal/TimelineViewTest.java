package org.isms4j.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.isms4j.core.plan.PlanItem;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.testkit.Generators;
import org.junit.jupiter.api.Test;

/**
 * The plan's timeline as a reader reads it, for any plan and date: one row per plan row, each
 * under the one before; a bar starts at its start date and ends after its end date on one scale
 * of days, from the first month's tick to the chart's end; the actual bar lies under the planned
 * one; the month ticks rise one month at a time; the date line, the legend and every bar lie inside
 * the picture.
 */
class TimelineViewTest {

    private static final LocalDate EPOCH = LocalDate.of(2023, 4, 1);

    @Test
    void everyBarAndTick_liesOnOneScaleOfDays_insideThePicture() {
        qt().withExamples(200).forAll(Generators.plans(), integers().between(0, 1500)).checkAssert((plan, offset) -> {
            LocalDate today = EPOCH.plusDays(offset);
            TimelineView view = TimelineView.of(plan, today, Locale.ENGLISH);
            List<TimelineView.Row> rows = view.rows();
            assertThat(rows).hasSize(plan.items().size());
            List<SvgText> ticks = view.ticks();
            assertThat(ticks).isNotEmpty();
            int left = ticks.get(0).x();
            LocalDate firstMonth = LocalDate.parse(ticks.get(0).text() + "-01");
            LocalDate end = LocalDate.parse(ticks.get(ticks.size() - 1).text() + "-01").plusMonths(1);
            double perDay = (view.width() - 80 - left) / (double) ChronoUnit.DAYS.between(firstMonth, end);
            for (int i = 0; i < ticks.size(); i++) {
                SvgText tick = ticks.get(i);
                LocalDate month = firstMonth.plusMonths(i);
                assertThat(tick.text()).isEqualTo(String.format(Locale.ROOT, "%d-%02d", month.getYear(),
                        month.getMonthValue()));
                assertThat(tick.x()).isCloseTo(x(left, firstMonth, month, perDay), offset(1));
                assertThat(tick.y()).isLessThan(view.top());
            }
            assertThat(view.today()).isCloseTo(x(left, firstMonth, today, perDay), offset(1));
            for (int n = 0; n < rows.size(); n++) {
                TimelineView.Row row = rows.get(n);
                PlanItem item = plan.items().get(n);
                assertThat(row.y()).isEqualTo(rows.get(0).y() + 40 * n).isGreaterThanOrEqualTo(view.top());
                assertThat(row.plannedX()).isCloseTo(x(left, firstMonth, item.plannedStart(), perDay),
                        offset(1));
                assertThat(row.plannedX() + row.plannedWidth()).isCloseTo(Math.max(row.plannedX() + 2,
                        x(left, firstMonth, item.plannedEnd().plusDays(1), perDay)), offset(2));
                assertThat(row.plannedX() + row.plannedWidth()).isLessThanOrEqualTo(view.width());
                assertThat(row.markX()).isEqualTo(row.plannedX() + row.plannedWidth());
                assertThat(row.overdue()).isEqualTo(item.isOverdue(today));
                assertThat(row.actualY()).isGreaterThan(row.y() + row.bar() - 1).isLessThan(row.y() + 40);
                assertThat(row.labelY()).isBetween(row.y(), row.y() + 40);
                if (item.actualStart().isPresent()) {
                    assertThat(row.actualX()).isCloseTo(x(left, firstMonth, item.actualStart().get(), perDay),
                            offset(1));
                    assertThat(row.actualWidth()).isGreaterThanOrEqualTo(2);
                    assertThat(row.actualX() + row.actualWidth()).isCloseTo(Math.max(row.actualX() + 2,
                            x(left, firstMonth, item.actualEnd().orElse(today).plusDays(1), perDay)),
                            offset(2));
                } else {
                    assertThat(row.actualWidth()).isZero();
                    assertThat(row.actualX()).isEqualTo(row.plannedX());
                }
            }
            assertThat(view.bottom()).isEqualTo(view.top() + 4 + 40 * rows.size());
            assertThat(view.texts()).singleElement().satisfies(text -> {
                assertThat(text.x()).isEqualTo(view.today());
                assertThat(text.y()).isGreaterThan(view.bottom());
            });
            assertThat(view.legend()).hasSize(3).allSatisfy(swatch -> {
                assertThat(swatch.y()).isGreaterThan(view.texts().get(0).y()).isLessThan(view.height());
                assertThat(swatch.x()).isBetween(left, view.width());
            });
            assertThat(view.legend().get(1).x()).isGreaterThan(view.legend().get(0).x());
            assertThat(view.legend().get(2).x()).isGreaterThan(view.legend().get(1).x());
        });
    }

    private static int x(int left, LocalDate first, LocalDate date, double perDay) {
        return left + (int) Math.round(ChronoUnit.DAYS.between(first, date) * perDay);
    }

    @Test
    void anEmptyPlan_hasTheMonthOfTheDate() {
        TimelineView view = TimelineView.of(TreatmentPlan.of(List.of()), LocalDate.of(2024, 1, 15), Locale.ENGLISH);
        assertThat(view.rows()).isEmpty();
        assertThat(view.ticks()).extracting(SvgText::text).containsExactly("2024-01");
    }
}
