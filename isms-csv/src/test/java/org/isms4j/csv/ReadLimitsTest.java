package org.isms4j.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.isms4j.testkit.RepeatingStream;
import org.junit.jupiter.api.Test;

/**
 * The read limits: a hostile table of a gigabyte fails fast, from a stream that makes its bytes
 * on the fly, so that nothing but the reader could hold it in memory.
 */
class ReadLimitsTest {

    private static final long GIGABYTE = 1L << 30;

    @Test
    void readAssetInventory_gigabyteCellFailsAtTheStringLimit() {
        RepeatingStream in = new RepeatingStream("番号,業務分類,情報資産名称,備考,利用者範囲,リスク所有者,管理部署,媒体・保存先,"
                + "機密性,完全性,可用性,重要度\r\n1,\"", 'x', GIGABYTE, "\"");
        assertThatThrownBy(() -> IsmsCsv.japanese().readAssetInventory(in))
                .isInstanceOf(IsmsCsvException.class)
                .hasMessageStartingWith("row 2: Read limit exceeded: String value length")
                .hasMessageContaining("exceeds the maximum allowed (100001");
        assertThat(in.position()).isLessThan(1 << 20);
    }

    /**
     * The cell limit is the core's longest text and the apostrophe of the spreadsheet escaping: a
     * cell of one more character, which no table written from the core's values has, fails.
     */
    @Test
    void readAssetInventory_aCellLongerThanTheLimitFailsAtItsRow() {
        String table = "番号,業務分類,情報資産名称,備考,利用者範囲,リスク所有者,管理部署,媒体・保存先,機密性,完全性,可用性,重要度\r\n"
                + "1,,\"" + "x".repeat(IsmsCsv.MAX_CELL_LENGTH + 1) + "\",,,,,,3,3,2,3\r\n";
        assertThatThrownBy(() -> IsmsCsv.japanese().readAssetInventory(table))
                .isInstanceOf(IsmsCsvException.class)
                .hasMessage("row 2: Read limit exceeded: String value length (100002) exceeds the maximum allowed "
                        + "(100001, from `StreamReadConstraints.getMaxStringLength()`)");
        // One fewer is read, and the core refuses the name it cannot hold, at its cell.
        String longest = table.replace("x".repeat(IsmsCsv.MAX_CELL_LENGTH + 1), "x".repeat(IsmsCsv.MAX_CELL_LENGTH));
        assertThatThrownBy(() -> IsmsCsv.japanese().readAssetInventory(longest))
                .isInstanceOf(IsmsCsvException.class)
                .hasMessageStartingWith("row 2, column 情報資産名称: Invalid value for asset name (at most 100000 "
                        + "characters, not 100001): 'xxxx");
    }
}
