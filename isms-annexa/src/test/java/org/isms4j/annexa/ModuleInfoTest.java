package org.isms4j.annexa;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The module exports the API packages only; the resource format stays inside. */
class ModuleInfoTest {

    private static ModuleDescriptor descriptor() {
        return ModuleFinder.of(Path.of("target", "classes")).find("org.isms4j.annexa").orElseThrow().descriptor();
    }

    @Test
    void exports_apiPackagesOnly() {
        ModuleDescriptor descriptor = descriptor();
        assertThat(descriptor.exports()).allMatch(e -> !e.isQualified())
                .extracting(Exports::source)
                .containsExactlyInAnyOrder("org.isms4j.annexa", "org.isms4j.annexa.soa");
        assertThat(descriptor.packages()).contains("org.isms4j.annexa.internal");
        assertThat(descriptor.opens()).isEmpty();
    }

    @Test
    void requires_coreTransitivelyAndImmutablesStatically() {
        ModuleDescriptor descriptor = descriptor();
        assertThat(descriptor.requires()).filteredOn(r -> r.name().equals("org.isms4j.core"))
                .singleElement().extracting(Requires::modifiers)
                .satisfies(m -> assertThat(m).contains(Requires.Modifier.TRANSITIVE));
        assertThat(descriptor.requires()).filteredOn(r -> r.name().equals("org.immutables.value.annotations"))
                .singleElement().extracting(Requires::modifiers)
                .satisfies(m -> assertThat(m).contains(Requires.Modifier.STATIC));
        assertThat(descriptor.requires()).extracting(Requires::name)
                .containsExactlyInAnyOrder("java.base", "org.isms4j.core", "org.immutables.value.annotations");
    }
}
