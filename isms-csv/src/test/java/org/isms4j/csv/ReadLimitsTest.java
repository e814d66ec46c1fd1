package org.isms4j.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The read limits: a hostile table of a gigabyte fails fast, from a stream that makes its bytes
 * on the fly, so that nothing but the reader could hold it in memory.
 */
class ReadLimitsTest {

    private static final long GIGABYTE = 1L << 30;

    /** A stream of a prefix, then one byte repeated up to a length, then a suffix. */
    private static class RepeatingStream extends InputStream {
        private final byte[] prefix;
        private final byte fill;
        private final long length;
        private final byte[] suffix;
        private long position;

        RepeatingStream(String prefix, char fill, long length, String suffix) {
            this.prefix = prefix.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            this.fill = (byte) fill;
            this.length = length;
            this.suffix = suffix.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }

        long position() {
            return position;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            long total = prefix.length + length + suffix.length;
            if (position >= total) {
                return -1;
            }
            int n = (int) Math.min(count, total - position);
            for (int i = 0; i < n; i++) {
                long at = position + i;
                buffer[offset + i] = at < prefix.length ? prefix[(int) at]
                        : at < prefix.length + length ? fill : suffix[(int) (at - prefix.length - length)];
            }
            position += n;
            return n;
        }
    }

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
