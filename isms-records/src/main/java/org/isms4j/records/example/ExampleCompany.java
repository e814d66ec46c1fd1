package org.isms4j.records.example;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isms4j.core.selfassessment.AnswerKey;
import org.isms4j.core.selfassessment.AnswerScales;
import org.isms4j.core.selfassessment.AnswerSheet;
import org.isms4j.core.selfassessment.LocalizedText;
import org.isms4j.core.selfassessment.Question;
import org.isms4j.core.selfassessment.QuestionPart;
import org.isms4j.core.selfassessment.QuestionSet;
import org.isms4j.records.Clause;
import org.isms4j.records.audit.AuditChecklist;
import org.isms4j.records.audit.AuditPlan;
import org.isms4j.records.audit.AuditReport;
import org.isms4j.records.audit.AuditSlot;
import org.isms4j.records.audit.ChecklistItem;
import org.isms4j.records.audit.Finding;
import org.isms4j.records.audit.FindingGrade;
import org.isms4j.records.communication.Communication;
import org.isms4j.records.communication.CommunicationPlan;
import org.isms4j.records.competence.CompetenceItem;
import org.isms4j.records.competence.CompetenceRating;
import org.isms4j.records.competence.CompetenceRecord;
import org.isms4j.records.competence.ImprovementPlan;
import org.isms4j.records.context.ClimateChangeDecision;
import org.isms4j.records.corrective.ActionStep;
import org.isms4j.records.corrective.CauseEvaluation;
import org.isms4j.records.corrective.CorrectiveAction;
import org.isms4j.records.corrective.NonconformityOrigin;
import org.isms4j.records.context.InterestedParty;
import org.isms4j.records.context.Issue;
import org.isms4j.records.context.IssueOrigin;
import org.isms4j.records.context.OrganisationContext;
import org.isms4j.records.context.PartyRequirement;
import org.isms4j.records.context.Scope;
import org.isms4j.records.context.ScopeInterface;
import org.isms4j.records.document.DocumentKind;
import org.isms4j.records.document.DocumentNumber;
import org.isms4j.records.document.DocumentRegister;
import org.isms4j.records.document.DocumentedInformation;
import org.isms4j.records.leadership.IsmsRole;
import org.isms4j.records.leadership.Policy;
import org.isms4j.records.leadership.RoleAssignment;
import org.isms4j.records.leadership.RoleChart;
import org.isms4j.records.objective.EffectivenessRecord;
import org.isms4j.records.objective.EffectivenessSheet;
import org.isms4j.records.objective.Evaluation;
import org.isms4j.records.objective.EvaluationResult;
import org.isms4j.records.objective.Metric;
import org.isms4j.records.objective.SecurityObjective;
import org.isms4j.records.operation.AnnualPlan;
import org.isms4j.records.operation.PlannedActivity;
import org.isms4j.records.review.ManagementReview;
import org.isms4j.records.review.ReviewInput;
import org.isms4j.records.review.ReviewOutput;
import org.isms4j.records.readiness.ReadinessCheck;
import org.isms4j.records.readiness.RequiredDocument;
import org.isms4j.records.training.Attendee;
import org.isms4j.records.training.EducationPlan;
import org.isms4j.records.training.Period;
import org.isms4j.records.training.TrainingMethod;
import org.isms4j.records.training.TrainingRecord;

/**
 * The bundled example company's records, filled in from the source's examples: an SME,
 * 株式会社エグザンプル, whose ISMS covers the whole company; the Plan and Support records of clauses
 * 4 - 8.1, the internal audit of 9.2, the management review of 9.3, a corrective action of 10.2 and
 * the readiness check of the documented information 7.5; the {@code isms4j walkthrough} prints them.
 *
 * <p>The one fixture of the example, for the tests of isms-records and of the format modules, and
 * for a reader who wants a filled-in record to start from. The names of people are invented; every
 * other text is the source's. Each method builds its record anew.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExampleCompany {

    /** The company, 株式会社エグザンプル. */
    public static final String COMPANY = "株式会社エグザンプル";
    /** The top management トップマネジメント. */
    public static final String TOP = "山田 太郎";
    /** The information security committee chair 情報セキュリティ委員長. */
    public static final String CHAIR = "佐藤 花子";
    /** The ISMS internal audit lead ISMS内部監査責任者. */
    public static final String AUDIT_LEAD = "鈴木 一郎";
    /** The ISMS education lead ISMS教育責任者. */
    public static final String EDUCATION_LEAD = "高橋 次郎";
    /** The ISMS document control lead ISMS文書管理責任者. */
    public static final String DOCUMENT_LEAD = "田中 三郎";
    /** The ISMS secretariat ISMS事務局. */
    public static final String SECRETARIAT = "伊藤 美咲";
    /** The information systems manager 情報システム管理者. */
    public static final String SYSTEMS_MANAGER = "渡辺 健";
    /** The head of the sales department 営業, a department head 部門管理者. */
    public static final String SALES_HEAD = "中村 誠";
    /** The head of the administration department 管理, a department head 部門管理者. */
    public static final String ADMIN_HEAD = "小林 恵";

    /** The day the ISMS was set up and its objectives set, 2023-04-03. */
    public static final LocalDate START = LocalDate.of(2023, 4, 3);

    private static final String CABINET = "ISMS事務局キャビネット";

    private ExampleCompany() {}

    /**
     * The context: the source's issues and interested parties, the whole company in scope.
     *
     * @return the context, not null
     */
    public static OrganisationContext context() {
        List<Issue> issues = List.of(
                Issue.of(IssueOrigin.EXTERNAL, "個人情報、機密情報の保護（ウイルス感染、情報漏えい、新たな脅威への対応）",
                        "情報セキュリティ事故の発生→信用低下", "情報の活用"),
                Issue.of(IssueOrigin.INTERNAL, "ISMSに関する理解の促進", "理解不足による情報セキュリティ事故", "体勢強化"),
                Issue.of(IssueOrigin.INTERNAL, "情報(紙、電子データ)の適切な取扱い", "紛失、訪問先などで置忘れ→信頼喪失",
                        "信頼向上"),
                Issue.of(IssueOrigin.INTERNAL, "ノウハウ、お客様より預かる機密情報などの保護", "機密情報の漏えい、ノウハウの流出",
                        "ビジネス機会の拡大"));
        List<InterestedParty> parties = List.of(
                InterestedParty.of("取引先", List.of(
                        PartyRequirement.addressed("適切な情報の取扱い", "不適切な取扱いで信頼低下→案件減少",
                                "適切な対応で信頼向上→受注の維持/増加"),
                        PartyRequirement.addressed("法令遵守", "未遵守による信頼低下→案件減少", "遵守による信頼向上→受注の維持/増加"))),
                InterestedParty.of("株主", List.of(PartyRequirement.addressed("セキュリティインシデントの未然防止",
                        "セキュリティインシデントの発生→ブランドイメージの低下",
                        "セキュリティインシデントの発生数減少→ブランドイメージの向上"))),
                InterestedParty.of("従業者", List.of(
                        PartyRequirement.addressed("情報セキュリティに関する教育", "機密情報/ノウハウの流出", "組織の価値向上"),
                        PartyRequirement.addressed("必要な情報へのアクセス", "機密情報/ノウハウの流出",
                                "効果的・効率的な業務→競争力アップ"),
                        PartyRequirement.addressed("個人情報の保護", "不適切な情報の取扱い→信頼低下", "従業者から信頼向上→人材の確保"))),
                InterestedParty.of("国・自治体", List.of(PartyRequirement.addressed("法令・その他規範の遵守",
                        "セキュリティインシデント発生時の不適切な対応→社会的信頼の低下", "社会的信頼の向上"))));
        Scope scope = Scope.of(List.of("全社・全従業員"), List.of("本社"), List.of("社内ネットワーク", "業務用PC"),
                List.of(ScopeInterface.of("パートナー会社", "部品の発注、部品の納入"), ScopeInterface.of("顧客", "製品の発注、製品の納入")),
                List.of());
        return OrganisationContext.of(issues, ClimateChangeDecision.notRelevant(
                "本社事務所での業務のみで、気候変動の影響を受ける拠点・設備・供給網がない"), parties, scope);
    }

    /**
     * The policy, first edition, with the source's three security objectives.
     *
     * @return the policy, not null
     */
    public static Policy policy() {
        return Policy.of(START, COMPANY, "代表取締役社長 " + TOP, List.of("お客様との契約および法的または規制要求事項を尊重し遵守する。",
                "情報セキュリティ事故を未然に防止する。", "万一情報セキュリティ事故が発生した場合、影響を最小限にする。"));
    }

    /**
     * The organisation chart of the source, each role with the source's 役割.
     *
     * @return the chart, not null
     */
    public static RoleChart roles() {
        return RoleChart.of(List.of(
                RoleAssignment.of(IsmsRole.TOP_MANAGEMENT, TOP, List.of("ISMSに必要な資源を提供する", "情報セキュリティ方針を確立する"),
                        List.of("情報セキュリティ委員長およびISMS内部監査責任者の任命")),
                RoleAssignment.of(IsmsRole.COMMITTEE_CHAIR, CHAIR, List.of("ISMSの実施、運用について統括する"),
                        List.of("各責任者の任命")),
                RoleAssignment.of(IsmsRole.INTERNAL_AUDIT_LEAD, AUDIT_LEAD, List.of("ISMSとその実施状況に関わる監査を統括する"),
                        List.of("内部監査員の選定")),
                RoleAssignment.of(IsmsRole.EDUCATION_LEAD, EDUCATION_LEAD, List.of("ISMSに関する教育計画の立案と実施を行う"),
                        List.of()),
                RoleAssignment.of(IsmsRole.DOCUMENT_CONTROL_LEAD, DOCUMENT_LEAD, List.of("ISMSに関する文書と記録などの維持・管理を行う"),
                        List.of("文書の発行・廃棄")),
                RoleAssignment.of(IsmsRole.SECRETARIAT, SECRETARIAT, List.of("ISMSの運用を事務局として支援する"), List.of()),
                RoleAssignment.of(IsmsRole.SYSTEMS_MANAGER, SYSTEMS_MANAGER, List.of(
                        "情報システム管理に関する規程・規則に従い、ISMSを維持するための安全管理対策を実施する"), List.of()),
                RoleAssignment.ofDepartmentHead("営業", SALES_HEAD, List.of("ISMSの部門代表者として、部門を管理する"), List.of()),
                RoleAssignment.ofDepartmentHead("管理", ADMIN_HEAD, List.of("ISMSの部門代表者として、部門を管理する"), List.of())));
    }

    /**
     * The source's objective 1 of the ISMS有効性評価表, not yet evaluated.
     *
     * @return the objective, not null
     */
    public static SecurityObjective objective() {
        return SecurityObjective.of(1, List.of("お客様との契約および法的または規制要求事項を尊重し遵守する", "情報セキュリティ事故を未然に防止する",
                "情報セキュリティ上の脅威から情報資産を保護する", "当社ISMSの意味を理解した活動の開始"),
                Metric.of("ISMS教育受講／合格", "100％(全従業者)"), List.of("教育による活動の意味の理解"),
                List.of("適用範囲の従業者がISMS教育を受講"), "ISMS事務局長", LocalDate.of(2024, 3, 31),
                "受講者数および合格者数をカウントし、評価する", START);
    }

    /**
     * The sheet with objective 1 evaluated ○ as the source's 9.1 example.
     *
     * @return the sheet, not null
     */
    public static EffectivenessSheet effectiveness() {
        return EffectivenessSheet.of(List.of(EffectivenessRecord.of(objective()).evaluated(Evaluation.of(
                EvaluationResult.EFFECTIVE, LocalDate.of(2024, 3, 29), "全従業員eラーニングでのテストを100点にて合格。有効性があるものと判断する。"))));
    }

    /**
     * The source's 部門管理者 record before training: 2, 2, 2, 5, each 2 with a plan; appointment B.
     *
     * @return the record, not null
     */
    public static CompetenceRecord departmentHeadCompetence() {
        ImprovementPlan plan = ImprovementPlan.of(LocalDate.of(2023, 9, 29), "ISMS構築作業を通して獲得");
        return CompetenceRecord.of(IsmsRole.DEPARTMENT_HEAD, SALES_HEAD, List.of(
                CompetenceItem.of(1, "情報セキュリティ基本方針および社内の規程、基準などに精通していること",
                        CompetenceRating.ROOM_FOR_IMPROVEMENT).withPlan(plan),
                CompetenceItem.of(2, "ISMSに関する知識があること", CompetenceRating.ROOM_FOR_IMPROVEMENT).withPlan(plan),
                CompetenceItem.of(3, "情報セキュリティ全般に関する知識があること", CompetenceRating.ROOM_FOR_IMPROVEMENT).withPlan(plan),
                CompetenceItem.of(4, "公正な判断ができること", CompetenceRating.CAN_TEACH)));
    }

    /**
     * The same record after training: items 1 - 3 re-rated 3; appointment A.
     *
     * @return the record, not null
     */
    public static CompetenceRecord departmentHeadCompetenceAfterTraining() {
        LocalDate confirmed = LocalDate.of(2023, 10, 6);
        return departmentHeadCompetence().reRated(1, CompetenceRating.CAPABLE_WITH_SUPPORT, confirmed)
                .reRated(2, CompetenceRating.CAPABLE_WITH_SUPPORT, confirmed)
                .reRated(3, CompetenceRating.CAPABLE_WITH_SUPPORT, confirmed);
    }

    /**
     * The period of the source's ISMS education.
     *
     * @return the period, not null
     */
    public static Period trainingPeriod() {
        return Period.of(LocalDate.of(2023, 10, 2), LocalDate.of(2023, 10, 31));
    }

    /**
     * The correct answers of the source's comprehension test by question: C, C, A, A, B, then ○, ○,
     * ○, ○, × (the codes {@code c} … {@code true}, {@code false}).
     */
    public static final Map<Integer, String> CORRECT = Map.of(1, "c", 2, "c", 3, "a", 4, "a", 5, "b", 6, "true",
            7, "true", 8, "true", 9, "true", 10, "false");

    /**
     * The source's comprehension test 理解度確認テスト: five multiple-choice questions A - C and five
     * ○ / × questions, 10 points each, pass mark 100. The questions are short paraphrases.
     *
     * @return the answer key, with its question set, not null
     */
    public static AnswerKey comprehensionTest() {
        QuestionSet set = QuestionSet.of("isms-education", "2023", LocalizedText.of("title", "理解度確認テスト",
                "comprehension test"), AnswerScales.choices("A", "B", "C"), List.of(
                QuestionPart.of(1, "選択問題", "multiple choice", List.of(
                        Question.of(1, "ISMSの国際規格", "the ISMS standard"),
                        Question.of(2, "情報セキュリティの三要素", "the three properties"),
                        Question.of(3, "当社の情報セキュリティ目標", "our security objective"),
                        Question.of(4, "特定の相手を狙う攻撃", "attacks aimed at one target"),
                        Question.of(5, "標的型攻撃メールの特徴", "signs of a targeted e-mail"))),
                QuestionPart.of(2, "正誤問題", "true or false", List.of(
                        Question.of(6, "情報資産の範囲", "what information assets are"),
                        Question.of(7, "私物の外部記録媒体", "private storage media"),
                        Question.of(8, "機密情報の持ち出し", "taking confidential information out"),
                        Question.of(9, "ログインパスワードの長さ", "login password length"),
                        Question.of(10, "スクリーンセーバーの設定時間", "screen-saver timeout")))
                        .withScale(AnswerScales.trueFalse())));
        return AnswerKey.of(set, CORRECT, 10, 100);
    }

    /**
     * A sheet of the comprehension test with the correct answers, except those given.
     *
     * @param attendee the attendee who sits the test, not null
     * @param answered the day of the sitting, not null
     * @param wrong the answers that differ from the correct ones, by question number, not null
     * @return the sheet, not null
     */
    public static AnswerSheet sheet(Attendee attendee, LocalDate answered, Map<Integer, String> wrong) {
        java.util.Objects.requireNonNull(attendee, "attendee");
        java.util.Objects.requireNonNull(wrong, "wrong");
        Map<Integer, String> answers = new HashMap<>(CORRECT);
        answers.putAll(wrong);
        return AnswerSheet.of(comprehensionTest().questionSet(), attendee.name(), attendee.department(), answered,
                answers);
    }

    /**
     * The source's education plan 教育計画書.
     *
     * @return the plan, not null
     */
    public static EducationPlan educationPlan() {
        return EducationPlan.of("ISO27001認証取得のため", "全従業者", List.of(TrainingMethod.E_LEARNING),
                "eラーニングによる自己学習、確認テスト。委員会より、受講対象者に受講案内のメールを送付。受講者は、案内にあるURLから"
                        + "eラーニングのシステムにアクセスし、受講(テキストのダウンロード)／確認テストを行う。",
                List.of("当社の方針や手順について（情報セキュリティ基本方針など）", "ISMSの有効性に対する自らの貢献", "ISMS要求に適合しないことの意味",
                        "当社のルールの遵守"),
                trainingPeriod(), "情報セキュリティハンドブックを用いて教育を実施。教育終了後、アンケート／確認テストを実施し記録に残す。"
                        + "確認テストは、合格点は100点以上とする。確認テストは、合格点に達するまで繰り返す。")
                .evaluatedByTest(comprehensionTest());
    }

    /**
     * The source's training record 教育実施記録 with two attendees.
     *
     * @return the record, not null
     */
    public static TrainingRecord trainingRecord() {
        return TrainingRecord.of("ISMS教育（基本方針、目標、ルール）", trainingPeriod(), TrainingMethod.E_LEARNING,
                List.of("情報セキュリティハンドブック"), "情報セキュリティハンドブックなどによるISMSに対する意識向上。学習後にテスト実施",
                "上記教育実施期間において在籍する全従業者", List.of(Attendee.of("営業", SALES_HEAD, LocalDate.of(2023, 10, 5)),
                        Attendee.of("管理", ADMIN_HEAD, LocalDate.of(2023, 10, 6))), "特になし");
    }

    /**
     * The training record with the comprehension test: the sales head scores 90 on 2023-10-05
     * (question 10 wrong) and 100 on the retake of 2023-10-12; the admin head 100 on 2023-10-06.
     *
     * @return the record, not null
     */
    public static TrainingRecord trainingRecordWithTests() {
        TrainingRecord record = trainingRecord().evaluatedByTest(comprehensionTest());
        Attendee sales = record.attendees().get(0);
        Attendee admin = record.attendees().get(1);
        return record.withTestSitting(sheet(sales, LocalDate.of(2023, 10, 5), Map.of(10, "true")))
                .withTestSitting(sheet(admin, LocalDate.of(2023, 10, 6), Map.of()))
                .withTestSitting(sheet(sales, LocalDate.of(2023, 10, 12), Map.of()));
    }

    /**
     * The source's communication table (7.4).
     *
     * @return the plan, not null
     */
    public static CommunicationPlan communication() {
        String incidentFlow = "「情報セキュリティ手順書：セキュリティインシデント対応フロー」の通り";
        return CommunicationPlan.of(List.of(
                Communication.of("情報セキュリティ方針の伝達", "随時", "利害関係者", "トップマネジメント（ISMS事務局）",
                        List.of("外部：当社HPに公表", "内部：ISMS定期教育にて", "内部：当社HPに公表", "内部：社内掲示")),
                Communication.of("各見直し結果の伝達", "見直後、1週間以内", "従業者", "ISMS事務局", List.of("承認後、ISMS事務局より通達")),
                Communication.of("セキュリティ調査結果の報告", "依頼入手時", "お客様", "ISMS事務局",
                        List.of("お客様より調査票などを入手した場合、主管部門にて回答を作成", "ISMS事務局責任者が確認の上、お客様に提出")),
                Communication.of("セキュリティインシデントの伝達", "発見時", "ISMS事務局", "発見者", List.of(incidentFlow)),
                Communication.of("セキュリティインシデントの伝達", "適時", "トップマネジメント", "ISMS事務局", List.of(incidentFlow)),
                Communication.of("セキュリティインシデントの伝達", "適時", "関係当局", "ISMS事務局", List.of(incidentFlow))));
    }

    /**
     * The documented-information register: the documents ISO/IEC 27001 requires, numbered by kind.
     *
     * @return the register, not null
     */
    public static DocumentRegister documents() {
        LocalDate d = START;
        return DocumentRegister.of(List.of(
                DocumentedInformation.of(DocumentNumber.parse("A-01"), "ISMS適用範囲", CHAIR, TOP, d, CABINET),
                DocumentedInformation.of(DocumentNumber.parse("A-02"), "情報セキュリティ方針", CHAIR, TOP, d, CABINET),
                DocumentedInformation.of(DocumentNumber.parse("A-03"), "外部および内部の課題", CHAIR, TOP, d, CABINET),
                DocumentedInformation.of(DocumentNumber.parse("A-04"), "利害関係者のニーズ及び期待", CHAIR, TOP, d, CABINET),
                DocumentedInformation.of(DocumentNumber.parse("B-01"), "ISMSマニュアル", DOCUMENT_LEAD, TOP, d, CABINET),
                DocumentedInformation.of(DocumentNumber.parse("C-01"), "情報セキュリティ手順書", DOCUMENT_LEAD, CHAIR, d, CABINET),
                DocumentedInformation.of(DocumentNumber.of(DocumentKind.RECORD, 1), "資産目録", SECRETARIAT, CHAIR, d, CABINET),
                DocumentedInformation.of(DocumentNumber.of(DocumentKind.RECORD, 2), "リスクアセスメント結果報告書", SECRETARIAT, CHAIR, d,
                        CABINET),
                DocumentedInformation.of(DocumentNumber.of(DocumentKind.RECORD, 3), "適用宣言書", SECRETARIAT, CHAIR, d, CABINET),
                DocumentedInformation.of(DocumentNumber.of(DocumentKind.RECORD, 4), "リスク対応計画", SECRETARIAT, CHAIR, d, CABINET),
                DocumentedInformation.of(DocumentNumber.of(DocumentKind.RECORD, 5), "ISMS有効性評価表", SECRETARIAT, CHAIR, d, CABINET),
                DocumentedInformation.of(DocumentNumber.of(DocumentKind.RECORD, 6), "力量確認表", EDUCATION_LEAD, CHAIR, d, CABINET),
                DocumentedInformation.of(DocumentNumber.of(DocumentKind.RECORD, 7), "教育実施記録", EDUCATION_LEAD, CHAIR, d, CABINET),
                DocumentedInformation.of(DocumentNumber.of(DocumentKind.RECORD, 8), "ISMS年間計画表", SECRETARIAT, CHAIR, d, CABINET),
                DocumentedInformation.ofExternal("ISO/IEC 27001:2022", "ISO/IEC", LocalDate.of(2022, 10, 25), CABINET)));
    }

    /**
     * The source's annual plan of May - June 2023 (8.1).
     *
     * @return the plan, not null
     */
    public static AnnualPlan annualPlan() {
        return AnnualPlan.of(List.of(
                PlannedActivity.of(Clause.parse("6.1"), "外部および内部の課題に対する活動の検討", List.of("外部および内部の課題"),
                        weeks(2023, 5, 8)),
                PlannedActivity.of(Clause.parse("6.1"), "リスクアセスメントの実施", List.of("資産目録", "リスクアセスメント結果報告書"),
                        weeks(2023, 5, 15, 22)),
                PlannedActivity.of(Clause.parse("6.1"), "リスク対応のための計画作成（アクションプランの作成）",
                        List.of("適用宣言書", "リスク対応計画"), weeks(2023, 5, 29)),
                PlannedActivity.of(Clause.parse("6.1"), "管理策(ルール)の検討", List.of("情報セキュリティ手順書"),
                        List.of(LocalDate.of(2023, 6, 5), LocalDate.of(2023, 6, 12))),
                PlannedActivity.of(Clause.parse("6.2"), "部門ごとに「情報セキュリティ目的及びそれを達成するための計画」を作成",
                        List.of("ISMS有効性評価表"), List.of(LocalDate.of(2023, 6, 19), LocalDate.of(2023, 6, 26)))));
    }

    /**
     * The source's internal audit plan: four departments, each audited by someone of another.
     *
     * @return the plan, not null
     */
    public static AuditPlan auditPlan() {
        LocalDateTime day = LocalDateTime.of(2024, 2, 5, 10, 0);
        return AuditPlan.of("ISO27001認証取得に関する内部監査", "ISO/IEC27001:2022認証取得に向けた当社ISMSの整備、運用状況を確認",
                "管理策の運用状況、および有効性の確認", List.of(
                        AuditSlot.of(1, "情報システム部", AUDIT_LEAD, "管理部", SYSTEMS_MANAGER, day, day.plusMinutes(90)),
                        AuditSlot.of(2, "管理部", "木村 大輔", "営業部", ADMIN_HEAD, day, day.plusMinutes(90)),
                        AuditSlot.of(3, "営業部", AUDIT_LEAD, "管理部", SALES_HEAD, day.plusHours(3), day.plusHours(4)),
                        AuditSlot.of(4, "総務部", "木村 大輔", "営業部", "斎藤 陽子", day.plusHours(3), day.plusHours(4))),
                LocalDate.of(2024, 2, 20), "報告会の開催");
    }

    /**
     * The checklist of the source's audit: the items on 4.3 and 5.2 its report keeps.
     *
     * @return the record, not null
     */
    public static AuditChecklist auditChecklist() {
        return AuditChecklist.of(auditReport().checklist());
    }

    /**
     * The source's audit report: one minor nonconformity on 5.2 and two observations, 4.3 and 7.3.
     *
     * @return the record, not null
     */
    public static AuditReport auditReport() {
        return AuditReport.of(auditPlan(), List.of(
                ChecklistItem.of(Clause.parse("4.3"), "ISMSの適用範囲は、文書化されているか。",
                        List.of("ISMSマニュアル", "ISMS適用範囲", "ネットワーク図"), Optional.of(FindingGrade.OBSERVATION)),
                ChecklistItem.of(Clause.parse("5.2"), "情報セキュリティ方針は、文書化した情報として利用可能であるか。",
                        List.of("情報セキュリティ方針"), Optional.of(FindingGrade.MINOR_NONCONFORMITY))),
                "要求事項に対する重大な不適合は検出されなかった。", List.of(
                        Finding.of(FindingGrade.MINOR_NONCONFORMITY, 1, Clause.parse("5.2"), "総務部",
                                "「情報セキュリティ方針」について、お客様などの利害関係者が入手可能であることを確認できなかった。"),
                        Finding.of(FindingGrade.OBSERVATION, 1, Clause.parse("4.3"), "情報システム部",
                                "ISMSマニュアルとネットワーク図で適用範囲の表現が同じであることの確認が難しい状況でした。"),
                        Finding.of(FindingGrade.OBSERVATION, 2, Clause.parse("7.3"), "管理部", "実施中のISMS教育の終了をお願いします。")),
                LocalDate.of(2024, 2, 20));
    }

    /**
     * The source's corrective request and answer 是正要求書兼回答書 24-01 on the observation on 7.2,
     * taken through to its effectiveness review: closed, no follow-up audit needed.
     *
     * @return the record, not null
     */
    public static CorrectiveAction correctiveAction() {
        LocalDate day = LocalDate.of(2024, 2, 26);
        return CorrectiveAction.of("24-01", "管理部", NonconformityOrigin.INTERNAL_AUDIT, FindingGrade.OBSERVATION,
                Clause.parse("7.2"), ActionStep.of("一部担当者が仮任命のため、今後本任命を行っていく。", AUDIT_LEAD, TOP, day))
                .corrected(ActionStep.of("力量の確認。任命力量確認表の更新。", ADMIN_HEAD, TOP, day))
                .evaluated(CauseEvaluation.of(false, true, false, ActionStep.of("観察事項のため原因なし", ADMIN_HEAD, TOP, day)))
                .implemented(ActionStep.of("ISMS年間計画表を修正し点検を実施した。", ADMIN_HEAD, TOP, day.plusDays(14)))
                .confirmed(ActionStep.of("修正と点検記録を確認した。", AUDIT_LEAD, TOP, day.plusDays(21)))
                .reviewed(ActionStep.of("点検漏れのリスクが低減された。", AUDIT_LEAD, TOP, day.plusDays(60)), false);
    }

    /**
     * The source's first management review マネジメントレビュー報告書, every input of 9.3.2 reported
     * and both outputs of 9.3.3 decided.
     *
     * @return the record, not null
     */
    public static ManagementReview managementReview() {
        return ManagementReview.of(LocalDate.of(2024, 3, 15), List.of(TOP, CHAIR, AUDIT_LEAD))
                .withInput(ReviewInput.PREVIOUS_ACTIONS, "初回マネジメントレビューのためありません。")
                .withInput(ReviewInput.ISSUE_CHANGES, "「外部および内部の課題」にて報告の通りです。その後、課題の変化は発生しておりません。")
                .withInput(ReviewInput.PARTY_CHANGES, "お客様からの情報セキュリティに関する要求の変化はありませんでした。")
                .withInput(ReviewInput.NONCONFORMITIES, "初回の内部監査で検出された観察事項1件は、是正対応中です。")
                .withInput(ReviewInput.MONITORING, "次回のマネジメントレビューにて測定結果を報告します。")
                .withInput(ReviewInput.AUDIT_RESULTS, "要求事項に対する重大な不適合は検出されませんでした。")
                .withInput(ReviewInput.OBJECTIVES, "次回のマネジメントレビューにて報告します。")
                .withInput(ReviewInput.PARTY_FEEDBACK, "お客様からのクレームは現状ありませんでした。")
                .withInput(ReviewInput.RISKS, "「情報リスクアセスメント結果報告書」にて報告の通りです。")
                .withInput(ReviewInput.IMPROVEMENT_OPPORTUNITIES, "現状はISMSを従業者が理解するための活動を主として行っています。")
                .withOutput(ReviewOutput.IMPROVEMENT, "現状認識している各課題を確実に実施すること。")
                .withOutput(ReviewOutput.CHANGES, "コンサルタント会社のひな形にとらわれず、より当社の状況を反映した仕組み・ルールに見直しを行っていくこと。");
    }

    /**
     * The readiness check of the documented information ISO/IEC 27001:2022 requires (7.5.1 a),
     * each required document under the title the company's register gives it, at most a year old.
     * Against {@link #documents()} it finds the Check and Act records missing: the audit
     * programme and results, the management review and the nonconformities.
     *
     * @return the check, not null
     */
    public static ReadinessCheck readinessCheck() {
        Map<RequiredDocument, String> titles = new EnumMap<>(RequiredDocument.class);
        titles.put(RequiredDocument.SCOPE, "ISMS適用範囲");
        titles.put(RequiredDocument.POLICY, "情報セキュリティ方針");
        titles.put(RequiredDocument.RISK_ASSESSMENT_PROCESS, "ISMSマニュアル");
        titles.put(RequiredDocument.RISK_TREATMENT_PROCESS, "ISMSマニュアル");
        titles.put(RequiredDocument.STATEMENT_OF_APPLICABILITY, "適用宣言書");
        titles.put(RequiredDocument.OBJECTIVES, "ISMS有効性評価表");
        titles.put(RequiredDocument.COMPETENCE, "力量確認表");
        titles.put(RequiredDocument.OPERATIONAL_PLANNING, "ISMS年間計画表");
        titles.put(RequiredDocument.RISK_ASSESSMENT_RESULTS, "リスクアセスメント結果報告書");
        titles.put(RequiredDocument.RISK_TREATMENT_RESULTS, "リスク対応計画");
        titles.put(RequiredDocument.MONITORING_RESULTS, "ISMS有効性評価表");
        titles.put(RequiredDocument.AUDIT_PROGRAMME, "内部監査結果報告書");
        return ReadinessCheck.of(titles, java.time.Period.ofYears(1));
    }

    private static List<LocalDate> weeks(int year, int month, int... days) {
        return java.util.Arrays.stream(days).mapToObj(day -> LocalDate.of(year, month, day)).toList();
    }
}
