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
                .hasMessageContaining("exceeds the maximum allowed (100000");
        assertThat(in.position()).isLessThan(1 << 20);
    }
}
