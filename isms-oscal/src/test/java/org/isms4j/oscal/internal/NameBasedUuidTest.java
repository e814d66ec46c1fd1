package org.isms4j.oscal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class NameBasedUuidTest {

    private static final UUID DNS = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    /** The version 5 UUID of www.example.com in the DNS namespace, as Python's uuid.uuid5 and others give it. */
    @Test
    void of_matchesTheKnownVector() {
        assertThat(NameBasedUuid.of(DNS, "www.example.com"))
                .isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
    }

    @Test
    void of_isVersion5Variant2AndStable() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(name -> {
            UUID uuid = NameBasedUuid.of(NameBasedUuid.ISMS4J, name);
            assertThat(uuid.version()).isEqualTo(5);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(NameBasedUuid.of(NameBasedUuid.ISMS4J, name)).isEqualTo(uuid);
            assertThat(NameBasedUuid.of(NameBasedUuid.ISMS4J, name + "x")).isNotEqualTo(uuid);
        });
    }
}
