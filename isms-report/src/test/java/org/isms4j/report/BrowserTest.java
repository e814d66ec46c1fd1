package org.isms4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.isms4j.core.AcceptanceCriteria;
import org.isms4j.report.internal.Palette;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled example's report in a real browser: headless Chromium takes a screenshot and prints
 * the report to PDF. The screenshot, the PDF and the HTML stay in {@code target/report-screenshots}
 * as build artifacts.
 *
 * <p>Without Chromium the test says so and is skipped, except under {@code CI=true}, where a
 * missing browser fails the run ({@code .ci/install-browser} installs it). The browser is
 * {@code $CHROMIUM} when that is set, else {@code /usr/bin/chromium} or
 * {@code /usr/bin/chromium-browser}.
 */
class BrowserTest {

    private static final Path ARTIFACTS = Path.of("target", "report-screenshots");
    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![A-Za-z])");
    private static final long TIMEOUT_SECONDS = 120;

    private Path browser;
    private static Path html;

    @BeforeAll
    static void writeReport() throws IOException {
        Files.createDirectories(ARTIFACTS);
        html = ARTIFACTS.resolve("report.html").toAbsolutePath();
        Files.writeString(html, ReportFixture.report().toHtml(Locale.JAPANESE), StandardCharsets.UTF_8);
    }

    /** Finds the browser; without one, skips the test, or fails it under {@code CI=true}. */
    @BeforeEach
    void findBrowser() {
        Optional<Path> found = chromium();
        if (found.isEmpty()) {
            String message = "No Chromium found ($CHROMIUM, else /usr/bin/chromium or /usr/bin/chromium-browser)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + ": under CI=true a missing browser fails the run; .ci/install-browser installs it");
            }
            message += ": the real-browser test of the report is skipped; .ci/install-browser installs it";
            System.err.println(message);
            Assumptions.abort(message);
        }
        browser = found.get();
    }

    /** The browser: {@code $CHROMIUM} if set (and only it), else the first of Debian's paths. */
    private static Optional<Path> chromium() {
        String configured = System.getenv("CHROMIUM");
        List<String> candidates = configured != null && !configured.isBlank() ? List.of(configured)
                : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /** Runs headless Chromium on the report with a fresh profile and the network parts off. */
    private void run(Path profile, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile));
        command.addAll(List.of(arguments));
        command.add(html.toUri().toString());
        Path log = ARTIFACTS.resolve("chromium.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("Chromium did not finish in %d s: %s (log %s)", TIMEOUT_SECONDS, command, log);
        }
        assertThat(process.exitValue()).as("Chromium's exit status, log %s", log).isZero();
    }

    @Test
    void screenshot_showsTheReportWithItsHeatMaps(@TempDir Path profile) throws Exception {
        Path png = ARTIFACTS.resolve("report.png").toAbsolutePath();
        Files.deleteIfExists(png);
        run(profile, "--window-size=1280,2400", "--screenshot=" + png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        int ink = 0;
        int priority1 = 0;
        Set<Integer> colours = new HashSet<>();
        int red = Integer.parseInt(Palette.fill(AcceptanceCriteria.standard().priorities().get(0),
                AcceptanceCriteria.standard()).substring(1), 16);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                ink += rgb == 0xffffff ? 0 : 1;
                priority1 += rgb == red ? 1 : 0;
                colours.add(rgb);
            }
        }
        double share = (double) ink / (image.getWidth() * image.getHeight());
        assertThat(share).as("share of pixels that are not white").isBetween(0.03, 0.9);
        assertThat(colours).as("colours in the screenshot").hasSizeGreaterThan(50);
        // Two heat maps' priority-1 cells (72 × 72 less their text), one legend square each.
        assertThat(priority1).as("pixels of priority 1's red: the heat maps were drawn").isGreaterThan(2 * 3000);
    }

    @Test
    void printToPdf_givesOnePageOrMorePerSection(@TempDir Path profile) throws Exception {
        Path pdf = ARTIFACTS.resolve("report.pdf").toAbsolutePath();
        Files.deleteIfExists(pdf);
        run(profile, "--no-pdf-header-footer", "--print-to-pdf=" + pdf);
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF-");
        Matcher pages = PAGE.matcher(text);
        int count = 0;
        while (pages.find()) {
            count++;
        }
        // A page break before each of the 7 sections (no records section); the 93 rows of the SoA take two or three pages.
        assertThat(count).as("pages of %s", pdf).isBetween(ReportSection.values().length - 1, 20);
    }
}
