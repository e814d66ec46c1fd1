package org.isms4j.csv;

import java.io.IOException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.isms4j.annexa.AnnexA;
import org.isms4j.annexa.Control;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.Theme;
import org.isms4j.annexa.soa.Applicability;
import org.isms4j.annexa.soa.Decision;
import org.isms4j.annexa.soa.ImplementationStatus;
import org.isms4j.annexa.soa.ReasonCode;
import org.isms4j.annexa.soa.SoaColumn;
import org.isms4j.annexa.soa.SoaReport;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.IsmsException;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.core.report.ReportTable;

/**
 * The Statement of Applicability table of the CSV format, with every {@link SoaColumn}: one row
 * per Annex A control, the cells after the theme empty for an undecided control; marks ○, ×, △,
 * 未 and —.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
final class SoaTable {

    private static final String EXCLUDED_STATUS = "—";

    private SoaTable() {}

    // ---------------------------------------------------------------- Statement of Applicability

    /**
     * Returns the Statement of Applicability as a table with every {@link SoaColumn}: one row per
     * Annex A control, the cells after the theme empty for an undecided control.
     *
     * @param soa the statement
     * @param locale the language of the headings and terms
     * @return the table
     * @throws IsmsException if a document or an evidence reference has a line break
     */
    public static ReportTable soaTable(StatementOfApplicability soa, Locale locale) {
        for (Map.Entry<ControlId, Decision> entry : soa.decisions().entrySet()) {
            for (String document : entry.getValue().documents()) {
                CsvTables.noLineBreak(CsvText.format("document '%s' of control %s", CsvInput.quote(document), entry.getKey()),
                        document);
            }
            for (String evidence : entry.getValue().evidence()) {
                CsvTables.noLineBreak(CsvText.format("evidence '%s' of control %s", CsvInput.quote(evidence), entry.getKey()),
                        evidence);
            }
        }
        return SoaReport.table(soa, locale);
    }

    /**
     * Reads a Statement of Applicability table: rows in any order, each control at most once; a
     * control whose applicability cell is empty, or that has no row, is undecided.
     *
     * @param in the input, after its headings
     * @return the statement
     * @throws IOException if the parser fails
     */
    public static StatementOfApplicability soa(CsvInput<SoaColumn> in) throws IOException {
        Map<ControlId, Decision> decisions = new TreeMap<>();
        Set<ControlId> seen = new HashSet<>();
        while (in.next()) {
            String idCell = in.cell(SoaColumn.CONTROL);
            ControlId id = in.core(SoaColumn.CONTROL, () -> ControlId.parse(idCell));
            String title = in.cell(SoaColumn.TITLE);
            Optional<ControlId> unmangled = unmangled(idCell);
            if (!seen.add(id)) {
                throw in.error(SoaColumn.CONTROL, CsvText.format("Duplicate control: %s%s", id,
                        unmangled.map(SoaTable::mangledHint).orElse("")));
            }
            Control control = AnnexA.get(id);
            if (!title.equals(control.japaneseTitle()) && !title.equals(control.englishTitle())) {
                Optional<ControlId> titled = unmangled.filter(real -> title.equals(AnnexA.get(real).japaneseTitle())
                        || title.equals(AnnexA.get(real).englishTitle()));
                if (titled.isPresent()) {
                    throw in.error(SoaColumn.CONTROL, CsvText.format("Invalid value for control (the title is %s's%s): "
                            + "'%s'", titled.get(), mangledHint(titled.get()), CsvInput.quote(idCell)));
                }
                throw in.error(SoaColumn.TITLE, CsvText.format("Invalid value for control title (%s is '%s' / '%s'): "
                        + "'%s'", id, control.japaneseTitle(), control.englishTitle(), CsvInput.quote(title)));
            }
            Theme theme = in.term(SoaColumn.THEME, in.cell(SoaColumn.THEME), "theme", Theme.values());
            if (theme != control.theme()) {
                throw in.error(SoaColumn.THEME, CsvText.format("Invalid value for theme (%s is in '%s' / '%s'): '%s'",
                        id, control.theme().names().japanese(), control.theme().names().english(),
                        CsvInput.quote(in.cell(SoaColumn.THEME))));
            }
            String applicability = in.cell(SoaColumn.APPLICABILITY);
            if (applicability.isEmpty()) {
                for (SoaColumn column : List.of(SoaColumn.IMPLEMENTATION_STATUS, SoaColumn.REASON,
                        SoaColumn.REASON_CODES, SoaColumn.RISK_NUMBERS, SoaColumn.DOCUMENTS, SoaColumn.EVIDENCE)) {
                    if (!in.cell(column).isEmpty()) {
                        throw in.error(column, CsvText.format("Invalid value for %s (empty for an undecided control, "
                                + "one without applicability): '%s'", column.names().english(),
                                CsvInput.quote(in.cell(column))));
                    }
                }
                continue;
            }
            decisions.put(id, decision(in));
        }
        return StatementOfApplicability.of(decisions);
    }

    /**
     * The control an id cell names if a spreadsheet turned it into a number: {@code 5.1} for
     * 5.10, {@code 8.3} for 8.30, {@code 5.1} may be 5.1 or 5.10, so it is a hint, never a reading.
     */
    private static Optional<ControlId> unmangled(String cell) {
        String text = cell.startsWith("A.") ? cell.substring(2) : cell;
        int dot = text.indexOf('.');
        if (dot < 0 || text.length() - dot != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(ControlId.parse(text + "0"));
        } catch (IsmsException e) {
            return Optional.empty();
        }
    }

    private static String mangledHint(ControlId real) {
        String id = real.toString();
        return CsvText.format(" (a spreadsheet that takes the id %s for a number writes it %s: format the column as "
                + "text)", id, id.substring(0, id.length() - 1));
    }

    private static Decision decision(CsvInput<SoaColumn> in) {
        Applicability applicability = symbol(in, SoaColumn.APPLICABILITY, in.cell(SoaColumn.APPLICABILITY),
                "applicability", Applicability.values());
        String statusCell = in.cell(SoaColumn.IMPLEMENTATION_STATUS);
        boolean dash = statusCell.equals(EXCLUDED_STATUS) || in.tolerance().acceptsDashVariants()
                && (statusCell.equals("\u2015") || statusCell.equals("\uFF0D"));
        Optional<ImplementationStatus> status = statusCell.isEmpty() || dash
                ? Optional.empty()
                : Optional.of(symbol(in, SoaColumn.IMPLEMENTATION_STATUS, statusCell, "implementation status",
                        ImplementationStatus.values()));
        Set<ReasonCode> codes = EnumSet.noneOf(ReasonCode.class);
        for (String item : in.commaList(SoaColumn.REASON_CODES)) {
            if (!codes.add(in.term(SoaColumn.REASON_CODES, item, "reason code", ReasonCode.values()))) {
                throw in.error(SoaColumn.REASON_CODES, CsvText.format("Duplicate reason code: '%s'",
                        CsvInput.quote(item)));
            }
        }
        List<Integer> risks = in.numbers(SoaColumn.RISK_NUMBERS, "risk number");
        List<String> documents = in.lines(SoaColumn.DOCUMENTS);
        List<String> evidence = in.lines(SoaColumn.EVIDENCE);
        String reason = in.cell(SoaColumn.REASON);
        Decision decision = Decision.of(applicability).withStatus(status).withReason(reason).withReasonCodes(codes)
                .withRiskNumbers(risks);
        Decision withDocuments = in.core(SoaColumn.DOCUMENTS, () -> decision.withDocuments(documents));
        return in.core(SoaColumn.EVIDENCE, () -> withDocuments.withEvidence(evidence));
    }

    /** Finds a term by its form mark, such as ○, or by its name or code. */
    private static <E extends VocabularyTerm> E symbol(CsvInput<SoaColumn> in, SoaColumn column, String text,
            String vocabulary, E[] terms) {
        for (E term : terms) {
            String symbol = term instanceof Applicability ? ((Applicability) term).symbol()
                    : ((ImplementationStatus) term).symbol();
            if (symbol.equals(text)) {
                return term;
            }
        }
        return in.term(column, text, vocabulary, terms);
    }
}
