package org.isms4j.csv;

import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * The columns of the ISMS records' tables and of the answer sheet, each headed as the record's
 * report table heads it, in Japanese and English; each table reads those of its own, such as
 * {@link CommunicationTable#COLUMNS}. Columns of the same heading in both languages are one
 * column, such as No.
 *
 * <p>Not part of the API. This enum is immutable and thread-safe.
 */
enum RecordColumn implements VocabularyTerm {
    /** No: an item's, an attendee's, a finding's or a question's number, or an annual plan's clause. */
    NUMBER("number", "No", "No"),

    /** 内容: a communication's, a finding's or a review item's content. */
    CONTENT("content", "内容", "content"),
    /** 実施時期: when a communication is made. */
    TIMING("timing", "実施時期", "timing"),
    /** 対象者: to whom. */
    AUDIENCE("audience", "対象者", "audience"),
    /** 実施者: by whom. */
    COMMUNICATOR("communicator", "実施者", "communicator"),
    /** 方法: how, several joined by "; ". */
    METHODS("methods", "方法", "method"),

    /** 文書番号: a document's number, empty for an external document. */
    DOCUMENT_NUMBER("document_number", "文書番号", "number"),
    /** 文書の種類: the document's kind, derived from its number. */
    KIND("kind", "文書の種類", "kind"),
    /** 文書名: the document's title. */
    TITLE("title", "文書名", "title"),
    /** 作成者: the author or issuer. */
    AUTHOR("author", "作成者", "author"),
    /** 承認者: the approver. */
    APPROVER("approver", "承認者", "approver"),
    /** 作成日: the date created. */
    CREATED("created_on", "作成日", "created"),
    /** 改訂日: the date of the revision. */
    REVISED("revised_on", "改訂日", "revised"),
    /** 版: the edition. */
    EDITION("edition", "版", "edition"),
    /** 保管: where the document is kept. */
    STORAGE("storage", "保管", "storage"),

    /** 実施事項: an annual plan's activity. */
    ACTIVITY("activity", "実施事項", "activity"),
    /** 文書名: an activity's documents, joined by "; ". */
    DOCUMENTS("documents", "文書名", "documents"),

    /** 必要条件: a competence item's requirement. */
    REQUIREMENT("requirement", "必要条件", "requirement"),
    /** 評価: its rating 1 - 5. */
    RATING("rating", "評価", "rating"),
    /** 改善予定日: its improvement's planned date. */
    PLANNED_ON("planned_on", "改善予定日", "improvement date"),
    /** 改善内容: its improvement's content. */
    IMPROVEMENT("improvement", "改善内容", "improvement"),
    /** 改善後評価: its rating after improvement. */
    RE_RATING("re_rating", "改善後評価", "re-rating"),
    /** 改善確認日: the date the improvement was confirmed. */
    CONFIRMED_ON("confirmed_on", "改善確認日", "confirmation date"),

    /** 所属: an attendee's department. */
    ATTENDEE_DEPARTMENT("attendee_department", "所属", "department"),
    /** 氏名: an attendee's name. */
    NAME("name", "氏名", "name"),
    /** 受講日: the day attended. */
    ATTENDED_ON("attended_on", "受講日", "date attended"),
    /** 確認テスト: the sittings of the comprehension test, derived. */
    TEST("test", "確認テスト", "test"),

    /** 区分: a finding's grade. */
    GRADE("grade", "区分", "grade"),
    /** 規格: the clause a finding concerns. */
    CLAUSE("clause", "規格", "clause"),
    /** 部門: the department a finding or a corrective action concerns. */
    DEPARTMENT("department", "部門", "department"),
    /** フォローアップ: the follow-up. */
    FOLLOW_UP("follow_up", "フォローアップ", "follow-up"),

    /** 段階: the step of a corrective action a row records. */
    STAGE("stage", "段階", "stage"),
    /** 発生源: where a nonconformity was found. */
    ORIGIN("origin", "発生源", "origin"),
    /** 日付: a step's date. */
    DATE("date", "日付", "date"),
    /** 類似の不適合: whether similar nonconformities exist. */
    SIMILAR_EXIST("similar_exist", "類似の不適合", "similar nonconformities exist"),
    /** 発生の可能性: whether similar ones could occur. */
    SIMILAR_COULD_OCCUR("similar_could_occur", "発生の可能性", "similar could occur"),
    /** 原因除去の要否: whether the cause is to be removed. */
    CAUSE_REMOVAL_NEEDED("cause_removal_needed", "原因除去の要否", "cause removal needed"),
    /** フォローアップ監査: whether a follow-up audit is needed. */
    FOLLOW_UP_AUDIT("follow_up_audit", "フォローアップ監査", "follow-up audit"),

    /** 区分: a review row's part, input or output. */
    PART("part", "区分", "part"),
    /** 項目: the item of 9.3.2 or 9.3.3. */
    ITEM("item", "項目", "item"),
    /** 事項: the item's subject, derived. */
    SUBJECT("subject", "事項", "subject"),

    /** 診断内容: a question's text, to read. */
    QUESTION("question", "診断内容", "question"),
    /** 回答: the answer. */
    ANSWER("answer", "回答", "answer"),
    /** 回答者: the respondent. */
    RESPONDENT("respondent", "回答者", "respondent"),
    /** 部署: the respondent's department. */
    RESPONDENT_DEPARTMENT("respondent_department", "部署", "department"),
    /** 回答日: the date answered. */
    ANSWERED("answered", "回答日", "date answered");

    private final TermNames names;

    RecordColumn(String code, String japanese, String english) {
        this.names = TermNames.of(code, japanese, english);
    }

    @Override
    public TermNames names() {
        return names;
    }
}
