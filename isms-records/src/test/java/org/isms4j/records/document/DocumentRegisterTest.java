package org.isms4j.records.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.isms4j.core.IsmsException;
import org.isms4j.records.example.ExampleCompany;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DocumentRegisterTest {

    private static final DocumentRegister REGISTER = ExampleCompany.documents();
    private static final LocalDate DAY = LocalDate.of(2023, 4, 3);

    private static DocumentedInformation numbered(String number, String title) {
        return DocumentedInformation.of(DocumentNumber.parse(number), title, "田中", "佐藤", DAY, "キャビネット");
    }

    @Test
    void find_byNumberAndTitle() {
        assertThat(REGISTER.find(DocumentNumber.parse("A-02"))).map(DocumentedInformation::title).contains("情報セキュリティ方針");
        assertThat(REGISTER.findByTitle("ISO/IEC 27001:2022")).map(DocumentedInformation::kind)
                .contains(DocumentKind.EXTERNAL);
        assertThat(REGISTER.find(DocumentNumber.parse("C-02"))).isEmpty();
    }

    @Test
    void nextNumber_oneAboveTheHighestOfItsKind() {
        assertThat(REGISTER.nextNumber(DocumentKind.BASIC)).hasToString("A-05");
        assertThat(REGISTER.nextNumber(DocumentKind.PROCEDURE)).hasToString("C-02");
        assertThat(REGISTER.nextNumber(DocumentKind.RECORD)).hasToString("D-09");
        assertThat(DocumentRegister.of(List.of()).nextNumber(DocumentKind.MANUAL)).hasToString("B-01");
    }

    @Test
    void nextNumber_noneLeft_isRejected() {
        assertThatThrownBy(() -> REGISTER.nextNumber(DocumentKind.MANUAL)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid document kind manual: no number is left after B-01");
        DocumentRegister full = DocumentRegister.of(List.of(numbered("D-99", "記録99")));
        assertThatThrownBy(() -> full.nextNumber(DocumentKind.RECORD)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid document kind record: no number is left after D-99");
        assertThatThrownBy(() -> REGISTER.nextNumber(DocumentKind.EXTERNAL)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid document kind for a number: external documents keep their own names");
    }

    @Test
    void of_numberTwice_isRejected() {
        assertThatThrownBy(() -> REGISTER.with(numbered("A-02", "別の方針"))).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid documented-information register: duplicate document number 'A-02'");
    }

    @Test
    void of_titleTwice_isRejected() {
        assertThatThrownBy(() -> REGISTER.with(numbered("A-05", "情報セキュリティ方針"))).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid documented-information register: duplicate document title '情報セキュリティ方針'");
    }

    @Test
    void with_newDocument() {
        DocumentRegister more = REGISTER.with(numbered("C-02", "アクセス管理手順"));
        assertThat(more.documents()).hasSize(REGISTER.documents().size() + 1);
        assertThat(more.nextNumber(DocumentKind.PROCEDURE)).hasToString("C-03");
    }

    @Test
    void revised_raisesEditionAndKeepsDates() {
        DocumentedInformation policy = REGISTER.find(DocumentNumber.parse("A-02")).orElseThrow();
        DocumentedInformation second = policy.revised(LocalDate.of(2024, 4, 1), "山田 太郎");
        assertThat(second.edition()).isEqualTo(2);
        assertThat(second.revisedOn()).contains(LocalDate.of(2024, 4, 1));
        assertThat(second.createdOn()).isEqualTo(policy.createdOn());
        assertThatThrownBy(() -> second.revised(LocalDate.of(2024, 3, 1), "山田 太郎")).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid revision of '情報セキュリティ方針': the revision date 2024-03-01 is before the date "
                        + "2024-04-01 of edition 2");
    }

    @Test
    void ofRecord_rulesOfEditionsAndApproval() {
        Optional<DocumentNumber> number = Optional.of(DocumentNumber.parse("A-02"));
        assertThatThrownBy(() -> DocumentedInformation.ofRecord(number, "方針", "佐藤", Optional.empty(), DAY,
                Optional.empty(), 1, "キャビネット")).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid document '方針': a numbered document has an approver");
        assertThatThrownBy(() -> DocumentedInformation.ofRecord(number, "方針", "佐藤", Optional.of("山田"), DAY,
                Optional.empty(), 2, "キャビネット")).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid document '方針': edition 2 has a revision date (none given)");
        assertThatThrownBy(() -> DocumentedInformation.ofRecord(number, "方針", "佐藤", Optional.of("山田"), DAY,
                Optional.of(DAY), 1, "キャビネット")).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid document '方針': edition 1 has no revision date (given: 2023-04-03)");
        assertThatThrownBy(() -> DocumentedInformation.ofRecord(number, "方針", "佐藤", Optional.of("山田"), DAY,
                Optional.of(DAY.minusDays(1)), 2, "キャビネット")).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid document '方針': the revision date 2023-04-02 is before the creation date 2023-04-03");
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void kind_codeRoundTrips(DocumentKind kind) {
        assertThat(DocumentKind.ofCode(kind.code())).isEqualTo(kind);
        assertThat(kind.getDisplayName(Locale.ENGLISH)).isNotBlank();
    }

    @Test
    void toTable_columns() {
        assertThat(REGISTER.toTable(Locale.JAPANESE).toMarkdown())
                .startsWith("| 文書番号 | 文書の種類 | 文書名 | 作成者 | 承認者 | 作成日 | 改訂日 | 版 | 保管 |")
                .contains("| B-01 | ISMSマニュアル | ISMSマニュアル | 田中 三郎 | 山田 太郎 | 2023-04-03 |  | 1 | ISMS事務局キャビネット |")
                .contains("|  | 外部文書 | ISO/IEC 27001:2022 | ISO/IEC |  | 2022-10-25 |  | 1 |");
    }
}
