package org.isms4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The module exports the API package only; the layouts and the templates stay inside. */
class ModuleInfoTest {

    private static ModuleDescriptor descriptor() {
        return ModuleFinder.of(Path.of("target", "classes")).find("org.isms4j.report").orElseThrow().descriptor();
    }

    @Test
    void exports_apiPackageOnly() {
        ModuleDescriptor descriptor = descriptor();
        assertThat(descriptor.exports()).allMatch(e -> !e.isQualified()).extracting(Exports::source)
                .containsExactly("org.isms4j.report");
        assertThat(descriptor.packages()).contains("org.isms4j.report.internal",
                "org.isms4j.report.internal.template");
        assertThat(descriptor.opens()).isEmpty();
    }

    @Test
    void requires_coreAndAnnexaTransitivelyJteRuntimeAndNothingElseAtRunTime() {
        ModuleDescriptor descriptor = descriptor();
        assertThat(descriptor.requires()).filteredOn(r -> r.modifiers().contains(Requires.Modifier.TRANSITIVE))
                .extracting(Requires::name).containsExactlyInAnyOrder("org.isms4j.core", "org.isms4j.annexa");
        assertThat(descriptor.requires()).filteredOn(r -> r.name().equals("java.compiler")).singleElement()
                .extracting(Requires::modifiers)
                .satisfies(m -> assertThat(m).contains(Requires.Modifier.STATIC));
        assertThat(descriptor.requires()).extracting(Requires::name).containsExactlyInAnyOrder("java.base",
                "org.isms4j.core", "org.isms4j.annexa", "gg.jte.runtime", "java.compiler");
    }
}
