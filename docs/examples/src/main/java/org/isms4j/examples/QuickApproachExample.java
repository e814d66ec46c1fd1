package org.isms4j.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.isms4j.core.CiaRating;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.quick.IncidentCase;
import org.isms4j.core.quick.ScoredAsset;
import org.isms4j.core.report.ReportTable;

/**
 * Teaching example, LV.1 クイックアプローチ (quick approach): start from a real incident case, pick
 * the assets it threatens from the inventory, score them, and see which need treatment first.
 *
 * <p>Read it top to bottom; run it with {@code main}. The numbers are the source's: the staff
 * register, invoices received and customer list on the staff PC, likelihood 3, 2, 2, levels 9, 6,
 * 6.
 */
public final class QuickApproachExample {

    private QuickApproachExample() {}

    /**
     * Prints the example.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /**
     * Prints the example to a stream.
     *
     * @param out where to print
     */
    public static void run(PrintStream out) {
        // 1. The asset inventory 資産目録: every asset rated for confidentiality, integrity and
        //    availability, 1 - 3. Importance 重要度 is the highest of the three.
        AssetInventory inventory = inventory();
        out.println("Asset inventory 資産目録:");
        out.print(ReportTable.ofInventory(inventory, Locale.JAPANESE).toMarkdown());

        // 2. The incident case: a leaving employee takes data home. It threatens what is stored on
        //    the staff PC, so the case filters the inventory by medium.
        IncidentCase leak = incidentCase();

        // 3. The assessor rates the likelihood 被害発生可能性 for each picked asset; the standard model
        //    multiplies it by the importance and compares the level with the acceptance criteria.
        List<ScoredAsset> rows = leak.assess(RiskModel.standard(), inventory, likelihoods());
        out.println();
        out.println("Incident case: " + leak.name());
        for (ScoredAsset row : rows) {
            out.printf("  %-8s importance %d × likelihood %d = level %d → priority %s%n", row.asset().name(),
                    row.score().importance(), row.score().likelihood(), row.score().level(),
                    row.score().priority().rank() + " " + row.score().priority().getDisplayName(Locale.JAPANESE));
        }
        // 4. Level 9 is treated immediately (早急に対応); levels 6 within this term (今期中に対応).
    }

    /**
     * Returns the inventory of the example: the staff register 社員名簿, the invoices received
     * 当社宛請求書 and the customer list 顧客リスト on the staff PC 社員PC, and the company brochure on
     * the web site.
     *
     * @return the inventory
     */
    public static AssetInventory inventory() {
        return AssetInventory.of(
                Asset.of(1, "社員名簿", CiaRating.of(3, 3, 2)).withBusinessCategory("人事").withRemarks("社員基本情報")
                        .withMedium("社員PC"),
                Asset.of(2, "当社宛請求書", CiaRating.of(3, 3, 2)).withBusinessCategory("経理").withRemarks("過去3年分")
                        .withMedium("社員PC"),
                Asset.of(3, "顧客リスト", CiaRating.of(3, 3, 3)).withBusinessCategory("営業").withRemarks("得意先")
                        .withMedium("社員PC"),
                Asset.of(4, "会社案内", CiaRating.of(1, 1, 2)).withBusinessCategory("広報").withMedium("Webサイト"));
    }

    /**
     * Returns the incident case: a leaving employee takes data home, which threatens what is
     * stored on the staff PC.
     *
     * @return the case, filtering the inventory by the medium 社員PC
     */
    public static IncidentCase incidentCase() {
        return IncidentCase.onMedium("退職者による情報漏えい (insider leak by a leaving employee)", "社員PC");
    }

    /**
     * Returns the likelihood 被害発生可能性 the assessor rates for each asset the case picks: 3 for
     * the staff register, 2 for the invoices and the customer list.
     *
     * @return the likelihoods by asset number
     */
    public static Map<Integer, Integer> likelihoods() {
        return Map.of(1, 3, 2, 2, 3, 2);
    }
}
