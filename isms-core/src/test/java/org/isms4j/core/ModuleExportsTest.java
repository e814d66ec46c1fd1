package org.isms4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ModuleExportsTest {

    @Test
    void exportsApiPackagesOnly_andNoQualifiedExport() {
        ModuleDescriptor descriptor = ModuleFinder.of(Path.of("target/classes")).find("org.isms4j.core")
                .orElseThrow().descriptor();
        Map<String, Set<String>> exports = descriptor.exports().stream()
                .collect(Collectors.toMap(ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::targets));
        assertThat(exports).containsOnlyKeys("org.isms4j.core", "org.isms4j.core.asset", "org.isms4j.core.plan",
                "org.isms4j.core.quick", "org.isms4j.core.register", "org.isms4j.core.report", "org.isms4j.core.risk",
                "org.isms4j.core.scoring", "org.isms4j.core.selfassessment", "org.isms4j.core.treatment");
        assertThat(descriptor.exports()).noneMatch(ModuleDescriptor.Exports::isQualified);
        assertThat(descriptor.opens()).isEmpty();
        assertThat(descriptor.requires()).filteredOn(r -> !r.name().equals("java.base"))
                .allSatisfy(r -> assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.STATIC));
    }
}
