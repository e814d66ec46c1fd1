package org.isms4j.annexa.soa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.isms4j.annexa.AnnexA;
import org.isms4j.annexa.Control;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.UnknownControlException;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.report.ReportTable;

/**
 * The Statement of Applicability 適用宣言書 as a report, and its link to a risk register: the draft
 * from a register's treatments, the gap check over its risks and the table of its suggestions,
 * and the table of all 93 controls with Japanese or English headings ({@link SoaColumn}), such as
 * the row
 * {@code | 5.12 | 情報の分類 | 組織的管理策 | ○ |  |  | リスクアセスメントの結果 | 3 |  |  |} of the
 * canonical draft.
 *
 * <p>This class is thread-safe.
 */
public final class SoaReport {

    private SoaReport() {}

    /**
     * Drafts a Statement of Applicability from a register: every Annex A control a risk's
     * treatment names becomes applicable for the risk assessment result, with those risks;
     * the rest stay undecided.
     *
     * @param register the register, not null
     * @return the draft, not null
     * @throws UnknownControlException if a treatment names an id that is not an Annex A control
     */
    public static StatementOfApplicability draft(RiskRegister register) {
        return StatementOfApplicability.ofTreatments(controlsByRisk(register));
    }

    /**
     * Returns the gap check of a register (step 3 of risk treatment, see {@code docs/method.md}):
     * its risks against the Annex A controls their treatments name, ranking for each risk the
     * controls it may have missed, such as 8.1 user endpoint devices first for the canonical
     * risk 1. Record what the assessor considered with {@link GapCheck#withConsidered(Iterable)}.
     *
     * @param register the register, not null
     * @return the check, with no considerations and the default limit, not null
     * @throws UnknownControlException if a treatment names an id that is not an Annex A control
     */
    public static GapCheck gapCheck(RiskRegister register) {
        Objects.requireNonNull(register, "register");
        return GapCheck.of(register.risks().stream().map(row -> row.risk()).collect(Collectors.toList()),
                controlsByRisk(register));
    }

    /**
     * Lists the Annex A controls a register's risks may have missed, unranked: those whose
     * security-property attribute matches a property a risk loses but which no treatment names;
     * the same as {@code gapCheck(register).missedControls()}. For a short list ranked per risk,
     * with reasons, use {@link #gapCheck(RiskRegister)}.
     *
     * @param register the register, not null
     * @return the missed controls in catalogue order, not null
     * @throws UnknownControlException if a treatment names an id that is not an Annex A control
     */
    public static List<MissedControl> missedControls(RiskRegister register) {
        Objects.requireNonNull(register, "register");
        return gapCheck(register).missedControls();
    }

    private static Map<Integer, List<ControlId>> controlsByRisk(RiskRegister register) {
        Objects.requireNonNull(register, "register");
        return register.annexAControlsByRisk().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getValue().stream().map(ControlId::parse).collect(Collectors.toList())));
    }

    /**
     * Returns suggestions of the gap check as a table, one row per suggestion in the order given,
     * in the columns of {@link SuggestionColumn}, such as the row
     * {@code | 1 | 8.1 | 利用者エンドポイント機器 | 8 | リスクが損なう「機密性」を維持する ... |} of
     * {@code gapCheck(register).suggestions()} for the canonical register, in Japanese.
     *
     * @param suggestions the suggestions, such as {@link GapCheck#suggestions()}; not null, without
     *     null elements
     * @param locale Japanese or English headings, titles and reasons, not null
     * @return the table, not null
     */
    public static ReportTable suggestionTable(List<Suggestion> suggestions, Locale locale) {
        Objects.requireNonNull(suggestions, "suggestions");
        List<String> headings = headings(SuggestionColumn.values(), locale);
        List<List<String>> rows = new ArrayList<>();
        for (Suggestion suggestion : suggestions) {
            Objects.requireNonNull(suggestion, "suggestions element");
            List<String> row = new ArrayList<>();
            for (SuggestionColumn column : SuggestionColumn.values()) {
                row.add(column.value(suggestion, locale));
            }
            rows.add(row);
        }
        return ReportTable.of(headings, rows);
    }

    /**
     * Returns the Statement of Applicability as a table: one row per Annex A control in document
     * order, in the columns of {@link SoaColumn}; an undecided control has empty cells after its
     * theme.
     *
     * @param soa the statement, not null
     * @param locale Japanese or English headings and terms, not null
     * @return the table, not null
     */
    public static ReportTable table(StatementOfApplicability soa, Locale locale) {
        Objects.requireNonNull(soa, "soa");
        List<String> headings = headings(SoaColumn.values(), locale);
        List<List<String>> rows = new ArrayList<>();
        for (Control control : AnnexA.all()) {
            List<String> row = new ArrayList<>();
            row.add(control.id().toString());
            row.add(control.title(locale));
            row.add(control.theme().getDisplayName(locale));
            Optional<Decision> found = soa.find(control.id());
            if (found.isPresent()) {
                Decision decision = found.get();
                row.add(decision.applicability().symbol());
                row.add(decision.status().map(ImplementationStatus::symbol).orElse(decision.isExcluded() ? "—" : ""));
                row.add(decision.reason());
                row.add(decision.reasonCodes().stream().map(code -> code.getDisplayName(locale))
                        .collect(Collectors.joining(", ")));
                row.add(decision.riskNumbers().stream().map(String::valueOf).collect(Collectors.joining(", ")));
                row.add(String.join("\n", decision.documents()));
                row.add(String.join("\n", decision.evidence()));
            } else {
                for (int i = 3; i < headings.size(); i++) {
                    row.add("");
                }
            }
            rows.add(row);
        }
        return ReportTable.of(headings, rows);
    }

    private static List<String> headings(VocabularyTerm[] columns, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        List<String> headings = new ArrayList<>();
        for (VocabularyTerm column : columns) {
            headings.add(column.getDisplayName(locale));
        }
        return headings;
    }
}
