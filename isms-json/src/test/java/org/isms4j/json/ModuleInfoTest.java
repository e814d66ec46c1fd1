package org.isms4j.json;

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

/** The module exports its API package only and provides the Jackson module. */
class ModuleInfoTest {

    private static ModuleDescriptor descriptor() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void exports_onlyTheApiPackage_andNoQualifiedExport() throws Exception {
        ModuleDescriptor module = descriptor();
        assertThat(module.name()).isEqualTo("org.isms4j.json");
        assertThat(module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .isEqualTo(Set.of("org.isms4j.json"));
        assertThat(module.exports()).noneMatch(ModuleDescriptor.Exports::isQualified);
        assertThat(module.opens()).isEmpty();
    }

    @Test
    void provides_theJacksonModule() throws Exception {
        assertThat(descriptor().provides()).singleElement().satisfies(provides -> {
            assertThat(provides.service()).isEqualTo("com.fasterxml.jackson.databind.Module");
            assertThat(provides.providers()).containsExactly(IsmsModule.class.getName());
        });
    }

    @Test
    void requires_coreAnnexaRecordsAndDatabindOnly() throws Exception {
        assertThat(descriptor().requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("java.base", "org.isms4j.core", "org.isms4j.annexa", "org.isms4j.records",
                        "com.fasterxml.jackson.databind");
    }

    @Test
    void writers_dependOnNoReader() throws Exception {
        List<Path> sources;
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/isms4j/json/ser"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
        }
        assertThat(sources).hasSizeGreaterThan(5);
        for (Path source : sources) {
            assertThat(Files.readString(source)).as("%s", source).doesNotContain("org.isms4j.json.deser");
        }
    }
}
