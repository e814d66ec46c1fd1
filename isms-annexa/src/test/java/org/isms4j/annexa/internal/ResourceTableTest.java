package org.isms4j.annexa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceTableTest {

    @Test
    void read_controls2022() {
        List<String[]> records = ResourceTable.read("controls-2022.tsv", 11);
        assertThat(records).hasSize(93);
        assertThat(records.get(11)).containsExactly("5.12", "organizational", "-", "preventive",
                "confidentiality,integrity,availability", "identify", "information_protection", "protection,defence",
                "A.8.2.1", "Classification of information", "情報の分類");
    }

    @Test
    void read_controls2013() {
        List<String[]> records = ResourceTable.read("controls-2013.tsv", 2);
        assertThat(records).hasSize(114);
        assertThat(records.get(0)).containsExactly("A.5.1.1", "Policies for information security");
    }

    @Test
    void read_wrongFieldCount() {
        assertThatThrownBy(() -> ResourceTable.read("controls-2013.tsv", 3)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Malformed resource controls-2013.tsv, line 4: expected 3 non-empty tab-separated fields");
        assertThatThrownBy(() -> ResourceTable.read("controls-2022.tsv", 10)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Malformed resource controls-2022.tsv, line ");
    }

    @Test
    void read_missingResource() {
        assertThatThrownBy(() -> ResourceTable.read("missing.tsv", 2)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Missing resource missing.tsv");
    }

    @Test
    void split_exactCount() {
        assertThat(ResourceTable.split("a\tb", '\t', 2)).containsExactly("a", "b");
        assertThat(ResourceTable.split("a\tb\tc", '\t', 2)).isNull();
        assertThat(ResourceTable.split("a", '\t', 2)).isNull();
        assertThat(ResourceTable.split("a\t", '\t', 2)).isNull();
        assertThat(ResourceTable.split("\tb", '\t', 2)).isNull();
    }

    @Test
    void list_commaSeparated() {
        assertThat(ResourceTable.list("-")).isEmpty();
        assertThat(ResourceTable.list("a")).containsExactly("a");
        assertThat(ResourceTable.list("A.8.3.1,A.8.3.2")).containsExactly("A.8.3.1", "A.8.3.2");
        assertThat(ResourceTable.list("a,,b")).isNull();
        assertThat(ResourceTable.list("a,")).isNull();
    }
}
