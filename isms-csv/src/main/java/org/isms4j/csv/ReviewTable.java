package org.isms4j.csv;

import java.io.IOException;
import java.util.List;
import java.util.EnumSet;
import java.util.Set;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.records.review.ManagementReview;
import org.isms4j.records.review.ReviewInput;
import org.isms4j.records.review.ReviewOutput;

/**
 * The inputs and outputs of a management review マネジメントレビュー (clause 9.3) as a CSV table, the
 * columns of {@link ManagementReview#toTable}: 区分 (インプット / アウトプット), 項目 (a – g of 9.3.2, 1 and
 * 2 of 9.3.3), 事項, 内容; an empty 内容 is an input or output not yet reported. Reading puts them
 * into the review's record, its date and attendees the review's; the subject is derived from the
 * item, and checked.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
final class ReviewTable {

    /** The columns, in the table's order. */
    static final List<RecordColumn> COLUMNS = List.of(RecordColumn.PART, RecordColumn.ITEM, RecordColumn.SUBJECT,
            RecordColumn.CONTENT);

    /** The parts, as {@link ManagementReview#toTable} names them. */
    private enum Part implements VocabularyTerm {
        INPUT("input", "インプット", "input"),
        OUTPUT("output", "アウトプット", "output");

        private final TermNames names;

        Part(String code, String japanese, String english) {
            this.names = TermNames.of(code, japanese, english);
        }

        @Override
        public TermNames names() {
            return names;
        }
    }

    private ReviewTable() {}

    /**
     * Returns the table of a review's inputs and outputs.
     *
     * @param review the review whose inputs and outputs the table lists
     * @return the table
     */
    static CsvTable<ManagementReview> table(ManagementReview review) {
        return new CsvTable<>("management review", (r, locale) -> r.toTable(locale), COLUMNS,
                CsvTableReader.NO_EXTRA, in -> read(in, review));
    }

    private static ManagementReview read(CsvInput<RecordColumn> in, ManagementReview review) throws IOException {
        ManagementReview read = ManagementReview.of(review.date(), review.attendees());
        Set<ReviewInput> inputs = EnumSet.noneOf(ReviewInput.class);
        Set<ReviewOutput> outputs = EnumSet.noneOf(ReviewOutput.class);
        while (in.next()) {
            Part part = in.term(RecordColumn.PART, in.cell(RecordColumn.PART), "management review part", Part.values());
            String item = in.cell(RecordColumn.ITEM);
            String content = in.cell(RecordColumn.CONTENT);
            if (part == Part.INPUT) {
                ReviewInput input = item(in, item, ReviewInput.values(), "input");
                if (!inputs.add(input)) {
                    throw in.error(RecordColumn.ITEM, CsvText.format("Duplicate management review input: '%s'",
                            CsvInput.quote(item)));
                }
                ManagementReview before = read;
                read = content.isEmpty() ? read : in.core(RecordColumn.CONTENT, () -> before.withInput(input, content));
            } else {
                ReviewOutput output = item(in, item, ReviewOutput.values(), "output");
                if (!outputs.add(output)) {
                    throw in.error(RecordColumn.ITEM, CsvText.format("Duplicate management review output: '%s'",
                            CsvInput.quote(item)));
                }
                ManagementReview before = read;
                read = content.isEmpty() ? read : in.core(RecordColumn.CONTENT, () -> before.withOutput(output, content));
            }
        }
        return read;
    }

    /** The input or output an item names, its subject cell checked against it. */
    private static <E extends Enum<E> & VocabularyTerm> E item(CsvInput<RecordColumn> in, String item, E[] terms,
            String part) {
        StringBuilder valid = new StringBuilder();
        for (E term : terms) {
            String name = itemOf(term);
            if (name.equals(item)) {
                String subject = in.cell(RecordColumn.SUBJECT);
                if (!subject.equals(term.names().japanese()) && !subject.equals(term.names().english())) {
                    throw in.error(RecordColumn.SUBJECT, CsvText.format(
                            "Invalid value for subject (%s %s is '%s' / '%s'): '%s'", part, name,
                            term.names().japanese(), term.names().english(), CsvInput.quote(subject)));
                }
                return term;
            }
            valid.append(valid.length() == 0 ? "" : ", ").append(name);
        }
        throw in.error(RecordColumn.ITEM, CsvText.unknown("management review " + part, CsvInput.quote(item),
                valid.toString()));
    }

    /** The item cell of an input (its letter, such as d) 1)) or output (its number, 1 and 2). */
    private static String itemOf(VocabularyTerm term) {
        return term instanceof ReviewInput ? ((ReviewInput) term).item()
                : Integer.toString(((ReviewOutput) term).ordinal() + 1);
    }
}
