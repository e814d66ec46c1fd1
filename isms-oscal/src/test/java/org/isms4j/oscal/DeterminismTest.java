package org.isms4j.oscal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.isms4j.annexa.ControlTextProvider;
import org.isms4j.testkit.CanonicalFixture;
import org.junit.jupiter.api.Test;

/** The same input and clock give the same bytes; another clock changes last-modified only. */
class DeterminismTest {

    private static String all(OscalExporter oscal) {
        return oscal.catalog(Locale.ENGLISH) + oscal.catalog(Locale.JAPANESE) + oscal.mapping()
                + oscal.poam(Documents.ORGANIZATION, CanonicalFixture.treated(), CanonicalFixture.plan());
    }

    @Test
    void sameInputAndClock_giveIdenticalBytes_inEveryDocument() throws Exception {
        qt().withExamples(25).forAll(longs().between(0, 4_102_444_800L)).checkAssert(seconds -> {
            Clock clock = Clock.fixed(Instant.ofEpochSecond(seconds), ZoneId.of("Asia/Tokyo"));
            OscalExporter first = OscalExporter.of(clock, "2026-04");
            OscalExporter second = OscalExporter.of(Clock.fixed(clock.instant(), ZoneId.of("UTC")), "2026-04");
            assertThat(all(second)).isEqualTo(all(first));
            String stamp = "\"last-modified\": \"" + Instant.ofEpochSecond(seconds) + "\"";
            assertThat(first.mapping()).contains(stamp);
        });
    }

    @Test
    void anotherClock_changesLastModifiedOnly() {
        OscalExporter later = OscalExporter.of(Clock.offset(Documents.CLOCK, java.time.Duration.ofDays(1)), "1.0");
        String before = all(Documents.OSCAL);
        String after = all(later);
        assertThat(after).isNotEqualTo(before);
        assertThat(after.replace("2026-04-02T09:00:00Z", "2026-04-01T09:00:00Z")).isEqualTo(before);
    }

    @Test
    void streamAndText_agree_andUseUtf8AndLineFeeds() throws Exception {
        ByteArrayOutputStream catalog = new ByteArrayOutputStream();
        Documents.OSCAL.writeCatalog(ControlTextProvider.none(), Locale.JAPANESE, catalog);
        ByteArrayOutputStream mapping = new ByteArrayOutputStream();
        Documents.OSCAL.writeMapping(mapping);
        ByteArrayOutputStream poam = new ByteArrayOutputStream();
        Documents.OSCAL.writePoam(Documents.ORGANIZATION, CanonicalFixture.treated(), CanonicalFixture.plan(), poam);
        assertThat(catalog.toByteArray()).isEqualTo(Documents.OSCAL.catalog(Locale.JAPANESE)
                .getBytes(StandardCharsets.UTF_8));
        assertThat(mapping.toString(StandardCharsets.UTF_8)).isEqualTo(Documents.OSCAL.mapping());
        assertThat(poam.toString(StandardCharsets.UTF_8)).isEqualTo(Documents.canonicalPoam()).contains("リスク対応計画")
                .doesNotContain("\r").endsWith("}\n");
    }

    @Test
    void defaultLocaleAndTimeZone_changeNothing() {
        String expected = all(Documents.OSCAL);
        Locale locale = Locale.getDefault();
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-SA-u-nu-arab"));
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Asia/Tokyo"));
            assertThat(all(Documents.OSCAL)).isEqualTo(expected);
        } finally {
            Locale.setDefault(locale);
            java.util.TimeZone.setDefault(zone);
        }
    }

    @Test
    void uuids_areNameBasedVersion5() {
        String catalog = Documents.OSCAL.catalog(Locale.ENGLISH);
        java.util.UUID uuid = java.util.UUID.fromString(Documents.tree(catalog).path("catalog").path("uuid").asText());
        assertThat(uuid.version()).isEqualTo(5);
        assertThat(uuid.variant()).isEqualTo(2);
    }
}
