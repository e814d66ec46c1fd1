package org.isms4j.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.isms4j.annexa.AnnexA;
import org.isms4j.annexa.Control;
import org.isms4j.annexa.ControlAttribute;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.ControlText;
import org.isms4j.annexa.ControlTextProvider;
import org.isms4j.annexa.Theme;
import org.isms4j.core.VocabularyTerm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The catalog: every control of the catalogue, with valid ids, its props and a statement part. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogTest {

    /** OSCAL's token: an XML NCName, as the schemas' TokenDatatype spells it. */
    private static final Pattern TOKEN = Pattern.compile("^(\\p{L}|_)(\\p{L}|\\p{N}|[.\\-_])*$");
    // The documents are written each time the class runs (fields of its one instance, not static
    // ones), so that the tests check the code as it is then: mutation testing changes it in a
    // running JVM.
    private final JsonNode english = Documents.tree(Documents.OSCAL.catalog(Locale.ENGLISH));
    private final JsonNode japanese = Documents.tree(Documents.OSCAL.catalog(Locale.JAPANESE));

    static List<Control> controls() {
        return AnnexA.all();
    }

    private static JsonNode control(JsonNode catalog, Control control) {
        return Documents.controls(catalog).get(AnnexA.all().indexOf(control));
    }

    @Test
    void controls_areTheCatalogueInDocumentOrder() {
        assertThat(Documents.controls(english)).extracting(c -> Documents.prop(c, "label"))
                .containsExactlyElementsOf(AnnexA.all().stream().map(c -> c.id().toString())
                        .collect(Collectors.toList()));
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void group_holdsTheControlsOfItsTheme(Theme theme) {
        JsonNode group = english.path("catalog").path("groups").path(theme.clause() - 5);
        assertThat(group.path("id").asText()).isEqualTo(OscalIds.groupId(theme)).matches(TOKEN);
        assertThat(group.path("title").asText()).isEqualTo(theme.getDisplayName(Locale.ENGLISH));
        assertThat(Documents.prop(group, "theme")).isEqualTo(theme.code());
        List<String> ids = new ArrayList<>();
        group.path("controls").forEach(c -> ids.add(c.path("id").asText()));
        assertThat(ids).containsExactlyElementsOf(AnnexA.byTheme(theme).stream()
                .map(c -> OscalIds.controlId(c.id())).collect(Collectors.toList()));
    }

    @ParameterizedTest
    @MethodSource("controls")
    void control_hasTokenIdLabelAndTitles(Control control) {
        JsonNode json = control(english, control);
        assertThat(json.path("id").asText()).matches(TOKEN).isEqualTo("a." + control.id());
        assertThat(Documents.prop(json, "label")).isEqualTo(control.id().toString());
        assertThat(json.path("title").asText()).isEqualTo(control.englishTitle());
        assertThat(control(japanese, control).path("title").asText()).isEqualTo(control.japaneseTitle());
        assertThat(Documents.prop(json, "new-in-2022")).isEqualTo(Boolean.toString(control.isNewIn2022()));
    }

    @Test
    void sortIds_sortAsTheDocument() {
        List<String> sortIds = Documents.controls(english).stream().map(c -> Documents.prop(c, "sort-id"))
                .collect(Collectors.toList());
        assertThat(sortIds).hasSize(93).doesNotHaveDuplicates().isSorted();
        List<String> byText = new ArrayList<>(sortIds);
        byText.sort(null);
        assertThat(byText).containsExactlyElementsOf(AnnexA.all().stream().map(c -> OscalIds.sortId(c.id()))
                .collect(Collectors.toList()));
        assertThat(OscalIds.sortId(ControlId.parse("5.2"))).isLessThan(OscalIds.sortId(ControlId.parse("5.10")));
    }

    @ParameterizedTest
    @MethodSource("controls")
    void attributes_areTheControlsAttributeSets(Control control) {
        JsonNode json = control(english, control);
        for (ControlAttribute attribute : ControlAttribute.values()) {
            Set<String> expected = control.attribute(attribute).stream().map(VocabularyTerm::code)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            assertThat(Documents.props(json, attribute.code().replace('_', '-'))).as(attribute.code())
                    .containsExactlyElementsOf(expected);
        }
    }

    @ParameterizedTest
    @MethodSource("controls")
    void statement_isAPlaceholderNamingStandardAndClause(Control control) {
        JsonNode parts = control(english, control).path("parts");
        assertThat(parts).hasSize(1);
        assertThat(parts.path(0).path("name").asText()).isEqualTo("statement");
        assertThat(parts.path(0).path("id").asText()).matches(TOKEN);
        assertThat(parts.path(0).path("prose").asText()).contains("ISO/IEC 27001:2022", "control " + control.id())
                .hasSizeLessThan(100);
    }

    @Test
    void statement_isTheLicenseesTextWhereTheProviderGivesOne() {
        ControlTextProvider provider = ControlTextProvider.of(Map.of(
                ControlId.parse("5.12"), ControlText.of("Licensed 5.12", "Guidance 5.12"),
                ControlId.parse("7.4"), ControlText.of("Licensed 7.4")));
        JsonNode catalog = Documents.tree(Documents.OSCAL.catalog(provider, Locale.ENGLISH));
        for (Control control : AnnexA.all()) {
            JsonNode parts = control(catalog, control).path("parts");
            String id = control.id().toString();
            List<String> prose = new ArrayList<>();
            parts.forEach(p -> prose.add(p.path("name").asText() + "=" + p.path("prose").asText()));
            if (id.equals("5.12")) {
                assertThat(prose).containsExactly("statement=Licensed 5.12", "guidance=Guidance 5.12");
            } else if (id.equals("7.4")) {
                assertThat(prose).containsExactly("statement=Licensed 7.4");
            } else {
                assertThat(prose).containsExactly("statement=" + Documents.controls(english)
                        .get(AnnexA.all().indexOf(control)).path("parts").path(0).path("prose").asText());
            }
        }
    }

    @Test
    void catalogs_areLabelledWithTheirLanguageAndDiffer() {
        assertThat(Documents.prop(english.path("catalog").path("metadata"), "language")).isEqualTo("en");
        assertThat(Documents.prop(japanese.path("catalog").path("metadata"), "language")).isEqualTo("ja");
        assertThat(english.path("catalog").path("uuid")).isNotEqualTo(japanese.path("catalog").path("uuid"));
        assertThat(japanese.path("catalog").path("groups").path(0).path("title").asText()).isEqualTo("組織的管理策");
        assertThat(Documents.OSCAL.catalog(Locale.GERMAN)).isEqualTo(Documents.OSCAL.catalog(Locale.ENGLISH));
    }
}
