package org.isms4j.annexa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /** The reader takes every field but a record's last as ASCII: the resources keep to that. */
    @Test
    void resources_asciiButTheLastField() throws IOException {
        for (String name : new String[] {"controls-2022.tsv", "controls-2013.tsv"}) {
            byte[] bytes;
            try (InputStream in = ResourceTable.class.getResourceAsStream(name)) {
                bytes = in.readAllBytes();
            }
            int lastTab = -1;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    lastTab = -1;
                    for (int j = i + 1; j < bytes.length && bytes[j] != '\n'; j++) {
                        lastTab = bytes[j] == '\t' ? j : lastTab;
                    }
                } else if (bytes[i] < 0 && i < lastTab) {
                    throw new AssertionError(name + ": non-ASCII byte at offset " + i + " before the last field");
                }
            }
        }
    }

    /** Loaded from a jar file, the reader reads the jar's entry itself, and the records are the same. */
    @Test
    void read_fromJarFile(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("annexa-resources.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : new String[] {"ResourceTable.class", "controls-2022.tsv", "controls-2013.tsv"}) {
                out.putNextEntry(new JarEntry("org/isms4j/annexa/internal/" + name));
                try (InputStream in = ResourceTable.class.getResourceAsStream(name)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> fromJar = loader.loadClass(ResourceTable.class.getName());
            assertThat(fromJar).isNotSameAs(ResourceTable.class);
            assertThat(fromJar.getProtectionDomain().getCodeSource().getLocation().getPath()).endsWith(".jar");
            Method direct = fromJar.getDeclaredMethod("fromJarFile", String.class);
            direct.setAccessible(true);
            try (InputStream in = ResourceTable.class.getResourceAsStream("controls-2022.tsv")) {
                assertThat((byte[]) direct.invoke(null, "controls-2022.tsv")).isEqualTo(in.readAllBytes());
            }
            assertThat(direct.invoke(null, "missing.tsv")).isNull();
            // This build's own copy comes from a directory: no jar to read, the class's lookup reads.
            assertThat(ResourceTable.fromJarFile("controls-2022.tsv")).isNull();
            Method read = fromJar.getMethod("read", String.class, int.class);
            for (String name : new String[] {"controls-2022.tsv", "controls-2013.tsv"}) {
                int fields = name.equals("controls-2022.tsv") ? 11 : 2;
                @SuppressWarnings("unchecked")
                List<String[]> records = (List<String[]>) read.invoke(null, name, fields);
                assertThat(records).usingRecursiveComparison().isEqualTo(ResourceTable.read(name, fields));
            }
        }
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
