package org.isms4j.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.isms4j.core.CiaRating;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RiskModel;
import org.isms4j.core.Score;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;

/**
 * The walkthrough on the bundled example: the source's quick-approach rows (DOMAIN.md §2) and its
 * canonical three risks (DOMAIN.md §6), scored with the standard model and printed as tables.
 *
 * <p>Run it with {@code ./mvnw -q -Pwalkthrough package -DskipTests -pl docs/examples -am}; add
 * {@code -Dwalkthrough.args="--lang ja"} for Japanese headings.
 */
public final class Walkthrough {

    private final Locale locale;
    private final PrintStream out;

    private Walkthrough(Locale locale, PrintStream out) {
        this.locale = locale;
        this.out = out;
    }

    /**
     * Runs the walkthrough.
     *
     * @param args {@code --lang ja} or {@code --lang en} (the default)
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int status = run(out, new PrintStream(System.err, true, StandardCharsets.UTF_8), args);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the walkthrough, printing to the given streams.
     *
     * @param out where the tables go
     * @param err where usage errors go
     * @param args the command-line arguments
     * @return the exit status: 0, or 2 for a usage error
     */
    public static int run(PrintStream out, PrintStream err, String... args) {
        Locale locale = Locale.ENGLISH;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                String lang = args[++i];
                if (!lang.equals("ja") && !lang.equals("en")) {
                    err.println("Unknown language: '" + lang + "' (valid values ja, en)");
                    return 2;
                }
                locale = Locale.forLanguageTag(lang);
            } else {
                err.println("Usage: walkthrough [--lang ja|en]");
                return 2;
            }
        }
        try {
            new Walkthrough(locale, out).print();
            return 0;
        } catch (IsmsException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private boolean japanese() {
        return locale.getLanguage().equals("ja");
    }

    private String t(String ja, String en) {
        return japanese() ? ja : en;
    }

    private void print() {
        RiskModel model = RiskModel.standard();
        out.println("# " + t("クイックアプローチ（LV.1）: 社員PCに保存された重要資産", "Quick approach (LV.1): important assets on the staff PC"));
        out.println();
        out.println(row(t("番号", "No"), t("業務分類", "Category"), t("情報資産名称", "Asset"), t("備考", "Remarks"),
                t("機密性", "C"), t("完全性", "I"), t("可用性", "A"), t("重要度", "Importance"),
                t("被害発生可能性", "Likelihood"), t("リスクレベル", "Risk level"), t("優先順位", "Priority")));
        out.println(separator(11));
        List<Asset> assets = List.of(
                Asset.of(1, "社員名簿", CiaRating.of(3, 3, 2)).withBusinessCategory("人事").withRemarks("社員基本情報")
                        .withMedium("社員PC"),
                Asset.of(2, "当社宛請求書", CiaRating.of(3, 3, 2)).withBusinessCategory("経理").withRemarks("過去3年分")
                        .withMedium("社員PC"),
                Asset.of(3, "顧客リスト", CiaRating.of(3, 3, 3)).withBusinessCategory("営業").withRemarks("得意先")
                        .withMedium("社員PC"));
        int[] likelihoods = {3, 2, 2};
        for (Asset asset : assets) {
            Score score = model.scoreOfLikelihood(asset.importance(), likelihoods[asset.number() - 1]);
            CiaRating rating = asset.rating();
            out.println(row(asset.number(), asset.businessCategory(), asset.name(), asset.remarks(),
                    rating.confidentiality(), rating.integrity(), rating.availability(), score.importance(),
                    score.likelihood(), score.level(), score.priority().getDisplayName(locale)));
        }
        out.println();
        out.println("# " + t("リスクアセスメント結果（一次評価）", "Risk assessment report (first evaluation)"));
        out.println();
        out.println(row(t("番号", "No"), t("資産番号", "Assets"), t("リスク源", "Risk source"), t("事象", "Event"),
                t("重要度", "Importance"), t("被害発生可能性", "Likelihood"), t("リスクレベル", "Risk level"),
                t("優先順位", "Priority")));
        out.println(separator(8));
        List<Risk> risks = List.of(
                Risk.of(1, List.of(9), t("モバイル機器の利用ルールが未整備", "mobile-device usage rules not established"),
                        t("外部", "external"), t("外出時の重要情報の紛失・盗難", "loss or theft of important information while carried outside"),
                        SecurityProperty.CONFIDENTIALITY),
                Risk.of(2, List.of(40), t("教育不足による社員の意識の低さ", "low staff awareness from insufficient education"),
                        t("全社", "company-wide"), t("誤送信", "misdelivery"), SecurityProperty.CONFIDENTIALITY),
                Risk.of(3, List.of(10, 11, 13, 26, 55),
                        t("電子情報の分類・取扱いが不明確", "classification / handling of electronic information unclear"),
                        t("外部", "external"), t("情報の紛失・盗難", "loss or theft of information"),
                        SecurityProperty.CONFIDENTIALITY));
        int[][] ratings = {{3, 2}, {2, 2}, {3, 3}};
        for (Risk risk : risks) {
            int[] rating = ratings[risk.number() - 1];
            RiskEvaluation first = RiskEvaluation.ofLikelihood(model, rating[0], rating[1]);
            String assetNumbers = risk.assetNumbers().toString().replaceAll("[\\[\\]]", "");
            out.println(row(risk.number(), assetNumbers, risk.riskSource(),
                    risk.event() + " (" + risk.lostProperties().iterator().next().lossName(locale) + ")",
                    first.importance(), first.likelihood(), first.level(),
                    first.priority().rank() + " " + first.priority().getDisplayName(locale)));
        }
        out.println();
        out.println(t("モデル: ", "Model: ") + model.id() + "@" + model.version() + t(
                "（リスクレベル = 重要度 × 被害発生可能性、受容基準 ≥9→1, ≥6→2, ≥4→3, ≤3 受容範囲）",
                " (risk level = importance × likelihood; criteria ≥9→1, ≥6→2, ≥4→3, ≤3 acceptable)"));
    }

    private static String row(Object... cells) {
        StringBuilder line = new StringBuilder("|");
        for (Object cell : cells) {
            line.append(' ').append(cell).append(" |");
        }
        return line.toString();
    }

    private static String separator(int columns) {
        return "|" + " --- |".repeat(columns);
    }
}
