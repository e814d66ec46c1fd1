package org.isms4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.util.Arrays;
import org.isms4j.core.RiskModel;
import org.isms4j.testkit.RepeatingStream;
import org.junit.jupiter.api.Test;

/**
 * The read limits: hostile documents of a gigabyte fail fast, from streams that make their bytes
 * on the fly, so that nothing but the reader could hold them in memory.
 */
class ReadLimitsTest {

    private static final long GIGABYTE = 1L << 30;

    @Test
    void readRiskModel_gigabyteOfNestedArraysFailsAtTheFirstUnexpectedArray() {
        RepeatingStream in = new RepeatingStream("{\"format\": ", '[', GIGABYTE, "");
        assertThatThrownBy(() -> IsmsJson.strict().readRiskModel(in))
                .isInstanceOf(IsmsJsonException.class)
                .hasMessage("$.format: Invalid type for format (expected string): array");
        assertThat(in.position()).isLessThan(1 << 20);
    }

    @Test
    void readRiskModel_gigabyteOfNestedArraysInAnIgnoredPropertyFailsToo() {
        RepeatingStream in = new RepeatingStream("{\"unknown\": ", '[', GIGABYTE, "");
        assertThatThrownBy(() -> IsmsJson.strict().ignoringUnknownProperties().readRiskModel(in))
                .isInstanceOf(IsmsJsonException.class)
                .hasMessageContaining("Document nesting depth (33) exceeds the maximum allowed (32");
        assertThat(in.position()).isLessThan(1 << 20);
    }

    @Test
    void readRiskModel_longNumberFailsAtTheNumberLimit() {
        RepeatingStream in = new RepeatingStream("{\"formatVersion\": ", '1', 1000, "}");
        assertThatThrownBy(() -> IsmsJson.strict().readRiskModel(in))
                .isInstanceOf(IsmsJsonException.class)
                .hasMessageStartingWith("$.formatVersion: Read limit exceeded: Number value length")
                .hasMessageContaining("exceeds the maximum allowed (32");
    }

    @Test
    void readRiskModel_gigabyteNumberFailsInBoundedMemory() {
        RepeatingStream in = new RepeatingStream("{\"formatVersion\": ", '1', GIGABYTE, "}");
        // Jackson buffers a number's digits as text, so the string limit stops it first.
        assertThatThrownBy(() -> IsmsJson.strict().readRiskModel(in))
                .isInstanceOf(IsmsJsonException.class)
                .hasMessageStartingWith("$.formatVersion: Read limit exceeded: String value length")
                .hasMessageContaining("exceeds the maximum allowed (100000");
        assertThat(in.position()).isLessThan(1 << 20);
    }

    @Test
    void readRiskModel_gigabyteStringFailsAtTheStringLimit() {
        RepeatingStream in = new RepeatingStream("{\"id\": \"", 'x', GIGABYTE, "\"}");
        assertThatThrownBy(() -> IsmsJson.strict().readRiskModel(in))
                .isInstanceOf(IsmsJsonException.class)
                .hasMessageContaining("Read limit exceeded: String value length")
                .hasMessageContaining("exceeds the maximum allowed (100000");
        assertThat(in.position()).isLessThan(1 << 20);
    }

    @Test
    void readRiskModel_longPropertyNameFailsAtTheNameLimit() {
        char[] name = new char[300];
        Arrays.fill(name, 'n');
        assertThatThrownBy(() -> IsmsJson.strict().readRiskModel("{\"" + new String(name) + "\": 1}"))
                .isInstanceOf(IsmsJsonException.class)
                .hasMessageContaining("Read limit exceeded: Name length")
                .hasMessageContaining("exceeds the maximum allowed (256");
    }

    @Test
    void readRiskModel_documentLongerThanTheLimitFails() {
        IsmsJson small = IsmsJson.strict().ignoringUnknownProperties()
                .withReadConstraints(StreamReadConstraints.builder().maxDocumentLength(10_000).build());
        RepeatingStream in = new RepeatingStream("{\"unknown\": \"", ' ', GIGABYTE, "\"}");
        assertThatThrownBy(() -> small.readRiskModel(in))
                .isInstanceOf(IsmsJsonException.class)
                .hasMessageContaining("Read limit exceeded: Document length")
                .hasMessageContaining("exceeds the maximum allowed (10000");
        assertThat(in.position()).isLessThan(1 << 20);
        assertThat(small.readConstraints().getMaxDocumentLength()).isEqualTo(10_000);
    }

    @Test
    void strict_setsEveryLimitExplicitly() {
        StreamReadConstraints limits = IsmsJson.strict().readConstraints();
        assertThat(limits.getMaxNestingDepth()).isEqualTo(32);
        assertThat(limits.getMaxStringLength()).isEqualTo(100_000);
        assertThat(limits.getMaxNumberLength()).isEqualTo(32);
        assertThat(limits.getMaxNameLength()).isEqualTo(256);
        assertThat(limits.getMaxDocumentLength()).isEqualTo(1L << 30);
    }

    @Test
    void readRiskRegister_gigabyteOfAssetNumbersFailsAtTheRowLimit() {
        RepeatingStream in = new RepeatingStream("{\"format\": \"isms4j.risk-register\", \"formatVersion\": 1, "
                + "\"model\": {\"id\": \"isms4j-standard\", \"version\": \"1\"}, \"inventory\": [], "
                + "\"risks\": [{\"assetNumbers\": [1",
                '0', 0, "") {
            private long at;

            @Override
            public int read(byte[] buffer, int offset, int count) {
                int n = super.read(buffer, offset, count);
                if (n >= 0) {
                    return n;
                }
                // After the prefix: ", 2, 3, ..." for ever.
                StringBuilder more = new StringBuilder();
                while (more.length() < count - 16) {
                    more.append(", ").append(++at + 1);
                }
                byte[] bytes = more.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                System.arraycopy(bytes, 0, buffer, offset, bytes.length);
                return bytes.length;
            }
        };
        assertThatThrownBy(() -> IsmsJson.strict().readRiskRegister(in, RiskModel.standard()))
                .isInstanceOf(IsmsJsonException.class)
                .hasMessage("$.risks[0].assetNumbers[100000]: Invalid asset numbers: a risk concerns at most 100000 "
                        + "assets");
    }
}
