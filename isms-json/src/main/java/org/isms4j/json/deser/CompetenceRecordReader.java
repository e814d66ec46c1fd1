package org.isms4j.json.deser;

import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.isms4j.json.Formats;
import org.isms4j.records.competence.Appointment;
import org.isms4j.records.competence.CompetenceItem;
import org.isms4j.records.competence.CompetenceRating;
import org.isms4j.records.competence.CompetenceRecord;
import org.isms4j.records.competence.ImprovementPlan;
import org.isms4j.records.leadership.IsmsRole;

/**
 * The reader of the competence record document 力量確認表 (7.2): the items rated 1 - 5 with their
 * improvement plans and re-ratings, and the appointment 任命基準 the document states, which the
 * record's own computation must confirm.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class CompetenceRecordReader {

    private CompetenceRecordReader() {}

    private enum RecordProperty { FORMAT, FORMAT_VERSION, ROLE, PERSON, ITEMS, APPOINTMENT }

    private static final PropertyNames<RecordProperty> RECORD = PropertyNames.of(RecordProperty.class);

    /**
     * Reads the competence record document.
     *
     * @param in the input
     * @return the record
     * @throws IOException if the parser fails
     */
    public static CompetenceRecord competenceRecord(JsonInput in) throws IOException {
        PropertyLoop<RecordProperty> p = in.properties("competence record document", RECORD);
        IsmsRole role = null;
        String person = null;
        List<CompetenceItem> items = null;
        Appointment appointment = null;
        for (RecordProperty f; (f = p.next()) != null;) {
            switch (f) {
                case FORMAT -> DocumentFormat.format(in, Formats.COMPETENCE_RECORD);
                case FORMAT_VERSION -> DocumentFormat.version(in);
                case ROLE -> role = in.term("ISMS role", IsmsRole::ofCode);
                case PERSON -> person = in.notBlank("person", "person");
                case ITEMS -> items = JsonArrays.values(in, "items", CompetenceRecordReader::item);
                case APPOINTMENT -> appointment = in.term("appointment criterion", Appointment::ofCode);
            }
        }
        p.requireAll();
        IsmsRole r = role;
        String n = person;
        List<CompetenceItem> i = items;
        Appointment a = appointment;
        return in.core(() -> CompetenceRecord.ofRecord(r, n, i, a));
    }

    private enum ItemProperty { NUMBER, REQUIREMENT, RATING, IMPROVEMENT, RE_RATING, CONFIRMED_ON }

    private static final PropertyNames<ItemProperty> ITEM = PropertyNames.of(ItemProperty.class,
            EnumSet.of(ItemProperty.IMPROVEMENT, ItemProperty.RE_RATING, ItemProperty.CONFIRMED_ON));

    private static CompetenceItem item(JsonInput in) throws IOException {
        PropertyLoop<ItemProperty> p = in.properties("competence item", ITEM);
        int number = 0;
        String requirement = null;
        CompetenceRating rating = null;
        Optional<ImprovementPlan> improvement = Optional.empty();
        Optional<CompetenceRating> reRating = Optional.empty();
        Optional<LocalDate> confirmedOn = Optional.empty();
        for (ItemProperty f; (f = p.next()) != null;) {
            switch (f) {
                case NUMBER -> number = in.intIn("number", "competence item number", 1, Integer.MAX_VALUE);
                case REQUIREMENT -> requirement = in.notBlank("requirement", "requirement");
                case RATING -> rating = rating(in, "rating");
                case IMPROVEMENT -> improvement = Optional.of(improvement(in));
                case RE_RATING -> reRating = Optional.of(rating(in, "reRating"));
                case CONFIRMED_ON -> confirmedOn = Optional.of(in.date("confirmedOn"));
            }
        }
        p.requireAll();
        int n = number;
        String q = requirement;
        CompetenceRating r = rating;
        Optional<ImprovementPlan> i = improvement;
        Optional<CompetenceRating> rr = reRating;
        Optional<LocalDate> c = confirmedOn;
        return in.core(() -> CompetenceItem.ofRecord(n, q, r, i, rr, c));
    }

    private static CompetenceRating rating(JsonInput in, String what) throws IOException {
        return CompetenceRating.of(in.intIn(what, "competence rating", 1, 5));
    }

    private enum PlanProperty { PLANNED_ON, CONTENT }

    private static final PropertyNames<PlanProperty> PLAN = PropertyNames.of(PlanProperty.class);

    private static ImprovementPlan improvement(JsonInput in) throws IOException {
        PropertyLoop<PlanProperty> p = in.properties("improvement", PLAN);
        LocalDate plannedOn = null;
        String content = null;
        for (PlanProperty f; (f = p.next()) != null;) {
            switch (f) {
                case PLANNED_ON -> plannedOn = in.date("plannedOn");
                case CONTENT -> content = in.notBlank("content", "improvement content");
            }
        }
        p.requireAll();
        LocalDate d = plannedOn;
        String c = content;
        return in.core(() -> ImprovementPlan.of(d, c));
    }
}
