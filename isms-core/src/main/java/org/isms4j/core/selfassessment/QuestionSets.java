package org.isms4j.core.selfassessment;

import java.util.List;

/**
 * The bundled example question sets: the five questions of the self-assessment's Part 1 基本的対策
 * that the course quotes, and the four operating points of the cloud-service safe-use checklist.
 *
 * <p>The texts are short paraphrases and the headings the course prints, not IPA's wording: IPA's
 * full sheets are theirs, and the library scores any set its user loads. The Annex A links and
 * the measures are the library's examples, not the source's.
 */
public final class QuestionSets {

    private static final QuestionSet SELF_ASSESSMENT_PART1 = QuestionSet.of("ipa-self-assessment-part1-example",
            "1", LocalizedText.of("question set title", "情報セキュリティ自社診断（Part 1 例）",
                    "Information security self-assessment (Part 1 example)"),
            AnswerScales.selfAssessment(), List.of(QuestionPart.of(1, "基本的対策", "basic measures", List.of(
                    Question.of(1, "OSやソフトウェアを常に最新の状態にする", "Keep the OS and software up to date")
                            .withAnnexA("8.8"),
                    Question.of(2, "ウイルス対策ソフトを導入し、定義ファイルを最新にする",
                            "Install antivirus software and keep its definitions current").withAnnexA("8.7"),
                    Question.of(3, "長く複雑なパスワードを設定する", "Set long and complex passwords")
                            .withCategory("パスワード管理").withAnnexA("5.17", "8.5")
                            .withMeasures("10文字以上で、大文字・小文字・数字・記号を含める", "同じパスワードを使い回さない",
                                    "VPNやクラウドサービスでは多要素認証を使う"),
                    Question.of(4, "重要情報へのアクセスを適切に制限する",
                            "Restrict access to important information appropriately").withAnnexA("5.15", "8.3"),
                    Question.of(5, "新たな脅威や攻撃の手口を知り、対策を社内で共有する",
                            "Learn of new threats and attack methods and share the measures in the company")
                            .withAnnexA("5.7", "6.3")))));

    private static final QuestionSet CLOUD_OPERATION = QuestionSet.of("ipa-cloud-checklist-operation-example", "1",
            LocalizedText.of("question set title", "クラウドサービス安全利用チェックシート（運用するときのポイント 例）",
                    "Cloud-service safe-use checklist (operating points example)"),
            AnswerScales.selfAssessment(), List.of(QuestionPart.of(1, "運用するときのポイント", "operating points", List.of(
                    Question.of(1, "管理担当者を決める", "Appoint an administrator who knows the service")
                            .withAnnexA("5.2", "5.23"),
                    Question.of(2, "利用者の範囲を決める", "Decide who may use the service").withAnnexA("5.15", "5.18"),
                    Question.of(3, "利用者の認証を厳格に行う", "Authenticate users strictly").withAnnexA("5.17", "8.5"),
                    Question.of(4, "バックアップに責任を持つ", "Take responsibility for backups").withAnnexA("8.13")
                            .withMeasures("拡張機能にバックアップがあれば利用する", "月に1度、社内の専用ハードディスクに取得する",
                                    "2、3か月前のバックアップも保存しておく")))));

    private QuestionSets() {}

    /**
     * Returns the example of the self-assessment's Part 1 基本的対策 (basic measures), id
     * {@code ipa-self-assessment-part1-example}, version {@code 1}: questions 1 - 5 (keep the OS
     * and software up to date; antivirus with current definitions; long and complex passwords;
     * access restriction to important information; sharing new threats and attack methods) on
     * {@link AnswerScales#selfAssessment()}, a maximum of 5 × 4 = 20.
     *
     * @return the set, not null
     */
    public static QuestionSet selfAssessmentPart1() {
        return SELF_ASSESSMENT_PART1;
    }

    /**
     * Returns the example of the cloud-service safe-use checklist's operating points 運用するときの
     * ポイント, id {@code ipa-cloud-checklist-operation-example}, version {@code 1}: 管理担当者を決める,
     * 利用者の範囲を決める, 利用者の認証を厳格に行う and バックアップに責任を持つ. The course gives no scale
     * for the checklist; the example is answered on {@link AnswerScales#selfAssessment()}, a
     * maximum of 4 × 4 = 16.
     *
     * @return the set, not null
     */
    public static QuestionSet cloudOperation() {
        return CLOUD_OPERATION;
    }
}
