package org.isms4j.records.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.report.ReportTable;
import org.isms4j.records.internal.Texts;

/**
 * The management review report マネジメントレビュー報告書 (clause 9.3): the date, the attendees 出席者,
 * what was reported for each input of 9.3.2 and top management's decisions for each output of
 * 9.3.3; such as the source's first review, input (a) 初回マネジメントレビューのためありません。
 *
 * <p>A review may be drafted from the records ({@link ReviewRecords#draft(LocalDate, Collection, Locale)}) and completed input by input;
 * {@link #missingInputs()} and {@link #missingOutputs()} name what it still lacks, and
 * {@link #requireComplete()} rejects it as incomplete, naming them.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ManagementReview {

    ManagementReview() {}

    /**
     * Returns the date of the review.
     *
     * @return the date, not null
     */
    public abstract LocalDate date();

    /**
     * Returns the attendees 出席者, such as トップマネジメント 山田.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    public abstract List<String> attendees();

    /**
     * Returns what was reported per input.
     *
     * @return an unmodifiable map in the order of 9.3.2, not null
     */
    public abstract Map<ReviewInput, String> inputs();

    /**
     * Returns top management's decisions per output.
     *
     * @return an unmodifiable map in the order of 9.3.3, not null
     */
    public abstract Map<ReviewOutput, String> outputs();

    /**
     * Obtains a review with no input or output yet.
     *
     * @param date the date, not null
     * @param attendees the attendees, not empty, none blank or twice; copied
     * @return the review, not null
     * @throws IsmsException if there is no attendee or one is blank or twice,
     *     or a date lies outside {@code 0000-01-01 - 9999-12-31}
     */
    public static ManagementReview of(LocalDate date, Collection<String> attendees) {
        Objects.requireNonNull(attendees, "attendees");
        return ImmutableManagementReview.builder().date(date).attendees(attendees).build();
    }

    /**
     * Returns a copy with what was reported for an input, replacing what it had.
     *
     * @param input the input, not null
     * @param report what was reported, not blank
     * @return the copy, not null
     * @throws IsmsException if the report is blank
     */
    public final ManagementReview withInput(ReviewInput input, String report) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(report, "report");
        Texts.notBlank(Checks.format("management review input %s", input.code()), report);
        Map<ReviewInput, String> inputs = new EnumMap<>(ReviewInput.class);
        inputs.putAll(inputs());
        inputs.put(input, report);
        return ImmutableManagementReview.builder().from(this).inputs(inputs).build();
    }

    /**
     * Returns a copy with top management's decision for an output, replacing what it had.
     *
     * @param output the output, not null
     * @param decision the decision, not blank
     * @return the copy, not null
     * @throws IsmsException if the decision is blank
     */
    public final ManagementReview withOutput(ReviewOutput output, String decision) {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(decision, "decision");
        Texts.notBlank(Checks.format("management review output %s", output.code()), decision);
        Map<ReviewOutput, String> outputs = new EnumMap<>(ReviewOutput.class);
        outputs.putAll(outputs());
        outputs.put(output, decision);
        return ImmutableManagementReview.builder().from(this).outputs(outputs).build();
    }

    @Value.Check
    final void check() {
        Texts.notEmpty("management review", "attendee", attendees());
        Texts.eachNotBlank("attendee", attendees());
        Texts.unique("management review", "attendee", attendees(), a -> a);
        Checks.date("review date", date());
    }

    /**
     * Returns the inputs of 9.3.2 not yet reported, in order.
     *
     * @return an unmodifiable list, not null
     */
    public final List<ReviewInput> missingInputs() {
        return java.util.Arrays.stream(ReviewInput.values()).filter(i -> !inputs().containsKey(i))
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the outputs of 9.3.3 not yet decided, in order.
     *
     * @return an unmodifiable list, not null
     */
    public final List<ReviewOutput> missingOutputs() {
        return java.util.Arrays.stream(ReviewOutput.values()).filter(o -> !outputs().containsKey(o))
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Tells whether every input is reported and every output decided.
     *
     * @return true if complete
     */
    public final boolean isComplete() {
        return missingInputs().isEmpty() && missingOutputs().isEmpty();
    }

    /**
     * Returns this review if complete.
     *
     * @return this review, not null
     * @throws IsmsException if an input or output is missing, naming each, as
     *     {@code Incomplete management review of 2024-03-15: missing inputs b (changes in external
     *     and internal issues), e (feedback from interested parties)}
     */
    public final ManagementReview requireComplete() {
        if (isComplete()) {
            return this;
        }
        List<String> missing = new ArrayList<>();
        if (!missingInputs().isEmpty()) {
            missing.add("inputs " + missingInputs().stream()
                    .map(i -> i.item() + " (" + i.getDisplayName(Locale.ENGLISH) + ")").collect(Collectors.joining(", ")));
        }
        if (!missingOutputs().isEmpty()) {
            missing.add("outputs " + missingOutputs().stream().map(o -> o.getDisplayName(Locale.ENGLISH))
                    .collect(Collectors.joining(", ")));
        }
        throw new IsmsException(Checks.format("Incomplete management review of %s: missing %s", date(),
                String.join("; ", missing)));
    }

    /**
     * Returns the report as a table of the source's layout: one row per input (インプット) then per
     * output (アウトプット), with the item, its name and what was reported or decided; missing
     * ones empty.
     *
     * @param locale Japanese or English headings and names, not null
     * @return the table, not null
     */
    public final ReportTable toTable(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        boolean japanese = org.isms4j.core.VocabularyTerm.isJapanese(locale);
        List<List<String>> rows = new ArrayList<>();
        for (ReviewInput input : ReviewInput.values()) {
            rows.add(List.of(japanese ? "インプット" : "input", input.item(), input.getDisplayName(locale),
                    inputs().getOrDefault(input, "")));
        }
        int n = 1;
        for (ReviewOutput output : ReviewOutput.values()) {
            rows.add(List.of(japanese ? "アウトプット" : "output", Integer.toString(n++), output.getDisplayName(locale),
                    outputs().getOrDefault(output, "")));
        }
        return ReportTable.of(japanese ? List.of("区分", "項目", "事項", "内容") : List.of("part", "item", "subject",
                "content"), rows);
    }
}
