package org.isms4j.xlsx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.isms4j.core.report.ReportTable;
import org.isms4j.csv.CsvTable;

/**
 * The sheet of one of isms-csv's other tables ({@code RecordTables}, the ISMS records of clauses
 * 7 - 10, and {@code SelfAssessmentTables}, the LV.2 answer sheet): its name in Japanese and
 * English, the form's name where the source has one (力量確認表, 教育受講者一覧, 文書管理台帳,
 * ISMS年間計画表, …), and its columns' kinds read off the table being written: a column whose
 * every cell {@link SheetWriter#isNumberCell is a number cell} is a number column, one whose
 * every cell {@link SheetWriter#isDateCell is a date cell} a date column, any other (and an empty
 * one) a text column. A cell of each reads back as the text it was written from, so the table
 * reads back equal. These tables offer no drop-down list.
 *
 * <p>Not part of the API. This class is immutable and thread-safe.
 */
final class RecordSheet implements SheetLayout {

    /** The sheets' names, Japanese and English, by the table's name as {@link CsvTable#name()} gives it. */
    private static final Map<String, List<String>> NAMES = Map.of(
            "competence record", List.of("力量確認表", "Competence record"),
            "training attendees", List.of("教育受講者一覧", "Training attendees"),
            "communication plan", List.of("コミュニケーション計画", "Communication plan"),
            "documented-information register", List.of("文書管理台帳", "Document register"),
            "annual plan", List.of("ISMS年間計画表", "Annual plan"),
            "audit findings", List.of("内部監査指摘事項", "Audit findings"),
            "corrective actions", List.of("是正処置", "Corrective actions"),
            "management review", List.of("マネジメントレビュー", "Management review"),
            "answer sheet", List.of("自社診断回答", "Answer sheet"));

    private final String japanese;
    private final String english;
    private final List<Kind> kinds;

    private RecordSheet(String japanese, String english, List<Kind> kinds) {
        this.japanese = japanese;
        this.english = english;
        this.kinds = kinds;
    }

    /**
     * Returns the sheet a table is read from.
     *
     * @param table the table's kind
     * @return the sheet, without columns
     */
    static RecordSheet reading(CsvTable<?> table) {
        List<String> names = NAMES.get(table.name());
        if (names == null) {
            throw new IllegalStateException("No sheet name for the table " + table.name());
        }
        return new RecordSheet(names.get(0), names.get(1), List.of());
    }

    /**
     * Returns the sheet a table is written to, its columns' kinds read off the table's cells.
     *
     * @param kind the table's kind
     * @param table the table
     * @return the sheet
     */
    static RecordSheet writing(CsvTable<?> kind, ReportTable table) {
        RecordSheet names = reading(kind);
        List<Kind> kinds = new ArrayList<>();
        for (int c = 0; c < table.headings().size(); c++) {
            kinds.add(kindOf(table.rows(), c));
        }
        return new RecordSheet(names.japanese, names.english, Collections.unmodifiableList(kinds));
    }

    private static Kind kindOf(List<List<String>> rows, int column) {
        boolean integers = true;
        boolean dates = true;
        boolean any = false;
        for (List<String> row : rows) {
            String text = row.get(column);
            if (!text.isEmpty()) {
                any = true;
                integers &= SheetWriter.isNumberCell(text);
                dates &= SheetWriter.isDateCell(text);
            }
        }
        return !any ? Kind.TEXT : integers ? Kind.INTEGER : dates ? Kind.DATE : Kind.TEXT;
    }

    @Override
    public String japaneseName() {
        return japanese;
    }

    @Override
    public String englishName() {
        return english;
    }

    @Override
    public int width() {
        return kinds.size();
    }

    @Override
    public Kind kind(int index) {
        return kinds.get(index);
    }

    @Override
    public Optional<List<String>> vocabulary(int index, Locale locale) {
        return Optional.empty();
    }

    @Override
    public boolean severalTerms(int index) {
        return false;
    }
}
