package org.isms4j.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.isms4j.testkit.CanonicalFixture;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The Markdown of a report table, rendered by commonmark-java with its GFM tables extension,
 * shows exactly the headings and the cells: one table, one row per record, each cell's text
 * (its line breaks as {@code <br>}) and nothing else: no emphasis, link, code or raw HTML.
 */
class ReportTableMarkdownTest {

    private static final List<Extension> TABLES = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(TABLES).build();

    /** Markup, line breaks, spaces at the edges, entities, HTML and Japanese text. */
    private static final String ALPHABET = "|\\`*_[]<>&!~#-+=.:;'\"(){}$%^@/?,\r\n\t a1日本語\u00a0\u3000";

    private static final List<String> HOSTILE = List.of("a\\|b", "line\rbreak", "<img src=x onerror=alert(1)>",
            "**bold** _em_ `code` [link](http://x) ~~del~~", " edge\t", "&amp; &#124; &lt;", "\\", "|", "a\r\n\r\nb",
            "<br>", "![i](x)", "# heading", "---", "x\n| y | z |");

    @Test
    void hostileCells_showAsTheirText() {
        List<List<String>> rows = new ArrayList<>();
        for (String cell : HOSTILE) {
            rows.add(List.of(cell, cell));
        }
        ReportTable table = ReportTable.of(List.of("a\\|b <b>見出し</b>", "*"), rows);
        assertThat(rendered(table.toMarkdown())).isEqualTo(expected(table));
    }

    @Test
    void generatedCells_showAsTheirText() {
        Gen<String> texts = lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 12)
                .map(picks -> {
                    StringBuilder text = new StringBuilder();
                    picks.forEach(i -> text.append(ALPHABET.charAt(i)));
                    return text.toString();
                });
        qt().withExamples(2000).forAll(texts, texts, texts).checkAssert((heading, a, b) -> {
            ReportTable table = ReportTable.of(List.of("h" + heading, "番号"), List.of(List.of(a, b), List.of(b, a)));
            assertThat(rendered(table.toMarkdown())).as(table.toMarkdown()).isEqualTo(expected(table));
        });
    }

    @Test
    void theCanonicalReports_showAsTheirText() {
        for (ReportTable table : List.of(ReportTable.ofInventory(CanonicalFixture.inventory(), Locale.JAPANESE),
                ReportTable.ofAssessment(CanonicalFixture.treated(), Locale.ENGLISH),
                ReportTable.ofPlan(CanonicalFixture.plan(), Locale.JAPANESE))) {
            assertThat(rendered(table.toMarkdown())).isEqualTo(expected(table));
        }
    }

    /** The headings and rows as a renderer shows them, each line break as a newline. */
    private static List<List<String>> expected(ReportTable table) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(normalized(table.headings()));
        for (List<String> row : table.rows()) {
            lines.add(normalized(row));
        }
        return lines;
    }

    private static List<String> normalized(List<String> cells) {
        List<String> out = new ArrayList<>();
        for (String cell : cells) {
            out.add(cell.replace("\r\n", "\n").replace('\r', '\n'));
        }
        return out;
    }

    /** The rows of the one table of a document, each cell's text; anything but text is marked. */
    private static List<List<String>> rendered(String markdown) {
        Node document = PARSER.parse(markdown);
        Node table = document.getFirstChild();
        assertThat(table).isInstanceOf(TableBlock.class);
        assertThat(table.getNext()).isNull();
        List<List<String>> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            assertThat(section).isInstanceOfAny(TableHead.class, TableBody.class);
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    assertThat(cell).isInstanceOf(TableCell.class);
                    StringBuilder text = new StringBuilder();
                    for (Node inline = cell.getFirstChild(); inline != null; inline = inline.getNext()) {
                        if (inline instanceof Text) {
                            text.append(((Text) inline).getLiteral());
                        } else if (inline instanceof HtmlInline && ((HtmlInline) inline).getLiteral().equals("<br>")) {
                            text.append('\n');
                        } else {
                            text.append("{").append(inline.getClass().getSimpleName()).append("}");
                        }
                    }
                    cells.add(text.toString());
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
