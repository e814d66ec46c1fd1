package org.isms4j.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The module exports its API package only and reads isms4j and Jackson's streaming core only. */
class ModuleInfoTest {

    private static ModuleDescriptor descriptor() {
        return ModuleFinder.of(Path.of("target", "classes")).find("org.isms4j.oscal").orElseThrow().descriptor();
    }

    @Test
    void exports_theApiPackageOnly() {
        ModuleDescriptor descriptor = descriptor();
        assertThat(descriptor.exports()).allMatch(e -> !e.isQualified()).extracting(Exports::source)
                .containsExactly("org.isms4j.oscal");
        assertThat(descriptor.packages()).containsExactlyInAnyOrder("org.isms4j.oscal", "org.isms4j.oscal.internal");
        assertThat(descriptor.opens()).isEmpty();
    }

    @Test
    void requires_annexaTransitivelyAndJacksonCore() {
        ModuleDescriptor descriptor = descriptor();
        assertThat(descriptor.requires()).extracting(Requires::name)
                .containsExactlyInAnyOrder("java.base", "org.isms4j.annexa", "com.fasterxml.jackson.core");
        assertThat(descriptor.requires()).filteredOn(r -> r.name().equals("org.isms4j.annexa")).singleElement()
                .extracting(Requires::modifiers)
                .satisfies(m -> assertThat(m).contains(Requires.Modifier.TRANSITIVE));
    }
}
