package org.isms4j.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.isms4j.annexa.soa.Applicability;
import org.isms4j.annexa.soa.ImplementationStatus;
import org.isms4j.annexa.soa.SoaColumn;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.core.plan.PlanStatus;
import org.isms4j.core.register.ResidualDecision;
import org.isms4j.core.report.AssessmentColumn;
import org.isms4j.core.report.InventoryColumn;
import org.isms4j.core.report.PlanColumn;
import org.isms4j.core.treatment.TreatmentOption;
import org.isms4j.core.treatment.TreatmentStatus;

/**
 * The sheets of the risk tables: the name (and the title of the header block) of each in
 * Japanese and English, its columns in the source's order, the type of each column's cells and
 * the closed vocabulary a column offers as a drop-down list.
 *
 * <p>Not part of the API. This type is immutable and thread-safe.
 */
enum RiskSheet implements SheetLayout {

    /** The asset inventory 資産目録. */
    INVENTORY("資産目録", "Asset inventory", InventoryColumn.class),
    /** The risk assessment report リスクアセスメント結果報告書, every value of every risk. */
    REGISTER("リスクアセスメント結果報告書", "Risk assessment report", AssessmentColumn.class),
    /** The risk treatment plan リスク対応計画. */
    PLAN("リスク対応計画", "Risk treatment plan", PlanColumn.class),
    /** The Statement of Applicability 適用宣言書. */
    SOA("適用宣言書", "Statement of Applicability", SoaColumn.class);

    private static final Set<String> INTEGERS = Set.of("number", "confidentiality", "integrity", "availability",
            "importance", "likelihood", "level", "priority", "residual_importance", "residual_likelihood",
            "residual_level", "threat", "vulnerability", "importance_override", "residual_threat",
            "residual_vulnerability", "residual_asset_importance", "residual_importance_override");
    private static final Set<String> DATES = Set.of("planned_start", "planned_end", "actual_start", "actual_end",
            "acceptance_date", "acceptance_expires");

    private final String japanese;
    private final String english;
    private final Enum<?>[] columns;

    <C extends Enum<C> & VocabularyTerm> RiskSheet(String japanese, String english, Class<C> columns) {
        this.japanese = japanese;
        this.english = english;
        this.columns = columns.getEnumConstants();
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
        return columns.length;
    }

    @Override
    public Kind kind(int index) {
        String code = ((VocabularyTerm) columns[index]).code();
        return INTEGERS.contains(code) ? Kind.INTEGER : DATES.contains(code) ? Kind.DATE : Kind.TEXT;
    }

    @Override
    public Optional<List<String>> vocabulary(int index, Locale locale) {
        Enum<?> column = columns[index];
        if (column == AssessmentColumn.STATUS) {
            return names(TreatmentStatus.values(), locale);
        } else if (column == AssessmentColumn.OPTIONS) {
            return names(TreatmentOption.values(), locale);
        } else if (column == AssessmentColumn.ACCEPTANCE) {
            return names(ResidualDecision.values(), locale);
        } else if (column == PlanColumn.STATUS) {
            return names(PlanStatus.values(), locale);
        } else if (column == SoaColumn.APPLICABILITY) {
            List<String> marks = new ArrayList<>();
            for (Applicability applicability : Applicability.values()) {
                marks.add(applicability.symbol());
            }
            return Optional.of(marks);
        } else if (column == SoaColumn.IMPLEMENTATION_STATUS) {
            List<String> marks = new ArrayList<>();
            for (ImplementationStatus status : ImplementationStatus.values()) {
                marks.add(status.symbol());
            }
            marks.add("—");
            return Optional.of(marks);
        }
        return Optional.empty();
    }

    @Override
    public boolean severalTerms(int index) {
        return columns[index] == AssessmentColumn.OPTIONS;
    }

    private static Optional<List<String>> names(VocabularyTerm[] terms, Locale locale) {
        List<String> names = new ArrayList<>();
        for (VocabularyTerm term : terms) {
            names.add(term.getDisplayName(locale));
        }
        return Optional.of(names);
    }
}
