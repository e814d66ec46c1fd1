package org.isms4j.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The module exports one package per concept and keeps its implementation inside. */
class ModuleInfoTest {

    private static ModuleDescriptor descriptor() {
        return ModuleFinder.of(Path.of("target", "classes")).find("org.isms4j.records").orElseThrow().descriptor();
    }

    @Test
    void exports_apiPackagesOnly() {
        ModuleDescriptor descriptor = descriptor();
        assertThat(descriptor.exports()).allMatch(e -> !e.isQualified()).extracting(Exports::source)
                .containsExactlyInAnyOrder("org.isms4j.records", "org.isms4j.records.audit", "org.isms4j.records.communication",
                        "org.isms4j.records.competence", "org.isms4j.records.context", "org.isms4j.records.corrective", "org.isms4j.records.document",
                        "org.isms4j.records.example",
                        "org.isms4j.records.leadership", "org.isms4j.records.objective",
                        "org.isms4j.records.operation", "org.isms4j.records.readiness", "org.isms4j.records.review", "org.isms4j.records.training");
        assertThat(descriptor.packages()).contains("org.isms4j.records.internal");
        assertThat(descriptor.opens()).isEmpty();
    }

    @Test
    void requires_coreTransitivelyAndImmutablesStatically() {
        ModuleDescriptor descriptor = descriptor();
        assertThat(descriptor.requires()).filteredOn(r -> r.name().equals("org.isms4j.core")).singleElement()
                .extracting(Requires::modifiers).satisfies(m -> assertThat(m).contains(Requires.Modifier.TRANSITIVE));
        assertThat(descriptor.requires()).filteredOn(r -> r.name().equals("org.immutables.value.annotations"))
                .singleElement().extracting(Requires::modifiers)
                .satisfies(m -> assertThat(m).contains(Requires.Modifier.STATIC));
        assertThat(descriptor.requires()).extracting(Requires::name)
                .containsExactlyInAnyOrder("java.base", "org.isms4j.core", "org.immutables.value.annotations");
    }

    @Test
    void sources_importNothingOfCoresInternals() throws Exception {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
        }
        assertThat(sources).hasSizeGreaterThan(20);
        for (Path source : sources) {
            assertThat(Files.readString(source)).as("%s", source).doesNotContain("org.isms4j.core.internal");
        }
    }
}
