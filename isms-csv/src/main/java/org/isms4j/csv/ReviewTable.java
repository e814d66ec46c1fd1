package org.isms4j.csv;

import java.io.IOException;
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

    /** The columns, as {@link ManagementReview#toTable} heads them. */
    enum Column implements VocabularyTerm {
        PART("part", "区分", "part"),
        ITEM("item", "項目", "item"),
        SUBJECT("subject", "事項", "subject"),
        CONTENT("content", "内容", "content");

        private final TermNames names;

        Column(String code, String japanese, String english) {
            this.names = TermNames.of(code, japanese, english);
        }

        @Override
        public TermNames names() {
            return names;
        }
    }

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
        return new CsvTable<>("management review", (r, locale) -> r.toTable(locale), Column.class,
                CsvTableReader.NO_EXTRA, in -> read(in, review));
    }

    private static ManagementReview read(CsvInput<Column> in, ManagementReview review) throws IOException {
        ManagementReview read = ManagementReview.of(review.date(), review.attendees());
        Set<ReviewInput> inputs = EnumSet.noneOf(ReviewInput.class);
        Set<ReviewOutput> outputs = EnumSet.noneOf(ReviewOutput.class);
        while (in.next()) {
            Part part = in.term(Column.PART, in.cell(Column.PART), "management review part", Part.values());
            String item = in.cell(Column.ITEM);
            String content = in.cell(Column.CONTENT);
            if (part == Part.INPUT) {
                ReviewInput input = item(in, item, ReviewInput.values(), "input");
                if (!inputs.add(input)) {
                    throw in.error(Column.ITEM, CsvText.format("Duplicate management review input: '%s'",
                            CsvInput.quote(item)));
                }
                ManagementReview before = read;
                read = content.isEmpty() ? read : in.core(Column.CONTENT, () -> before.withInput(input, content));
            } else {
                ReviewOutput output = item(in, item, ReviewOutput.values(), "output");
                if (!outputs.add(output)) {
                    throw in.error(Column.ITEM, CsvText.format("Duplicate management review output: '%s'",
                            CsvInput.quote(item)));
                }
                ManagementReview before = read;
                read = content.isEmpty() ? read : in.core(Column.CONTENT, () -> before.withOutput(output, content));
            }
        }
        in.expectEnd();
        return read;
    }

    /** The input or output an item names, its subject cell checked against it. */
    private static <E extends Enum<E> & VocabularyTerm> E item(CsvInput<Column> in, String item, E[] terms,
            String part) {
        StringBuilder valid = new StringBuilder();
        for (E term : terms) {
            String name = itemOf(term);
            if (name.equals(item)) {
                String subject = in.cell(Column.SUBJECT);
                if (!subject.equals(term.names().japanese()) && !subject.equals(term.names().english())) {
                    throw in.error(Column.SUBJECT, CsvText.format(
                            "Invalid value for subject (%s %s is '%s' / '%s'): '%s'", part, name,
                            term.names().japanese(), term.names().english(), CsvInput.quote(subject)));
                }
                return term;
            }
            valid.append(valid.length() == 0 ? "" : ", ").append(name);
        }
        throw in.error(Column.ITEM, CsvText.unknown("management review " + part, CsvInput.quote(item),
                valid.toString()));
    }

    /** The item cell of an input (its letter, such as d) 1)) or output (its number, 1 and 2). */
    private static String itemOf(VocabularyTerm term) {
        return term instanceof ReviewInput ? ((ReviewInput) term).item()
                : Integer.toString(((ReviewOutput) term).ordinal() + 1);
    }
}
