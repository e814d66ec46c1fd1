package org.isms4j.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The module exports its API package only, to every reader, and reads isms-csv and fastexcel only. */
class ModuleInfoTest {

    private static ModuleDescriptor descriptor() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void exports_onlyTheApiPackage_andNoQualifiedExport() throws Exception {
        ModuleDescriptor module = descriptor();
        assertThat(module.name()).isEqualTo("org.isms4j.xlsx");
        assertThat(module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .isEqualTo(Set.of("org.isms4j.xlsx"));
        assertThat(module.exports()).noneMatch(ModuleDescriptor.Exports::isQualified);
        assertThat(module.opens()).isEmpty();
    }

    @Test
    void requires_ismsCsvAndFastexcelWithItsParserOnly() throws Exception {
        assertThat(descriptor().requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("java.base", "org.isms4j.csv", "org.dhatim.fastexcel",
                        "org.dhatim.fastexcel.reader", "com.fasterxml.aalto");
    }

    @Test
    void sources_useNoInternalPackageOfTheCore() throws Exception {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
        }
        assertThat(sources).hasSizeGreaterThan(5);
        for (Path source : sources) {
            assertThat(Files.readString(source)).as("%s", source).doesNotContain("org.isms4j.core.internal")
                    .doesNotContain("org.isms4j.json");
        }
    }
}
