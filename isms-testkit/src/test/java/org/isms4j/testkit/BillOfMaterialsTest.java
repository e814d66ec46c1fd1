package org.isms4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * isms-bom lists exactly the artifacts the reactor deploys, at the reactor's version: a module added
 * to the build without its BOM entry, or a BOM left at an old version, fails here. A module is
 * deployed unless its pom sets {@code maven.deploy.skip} to true.
 */
class BillOfMaterialsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void bom_listsEveryDeployedModule_atTheReactorsVersion() throws Exception {
        Document parent = read(ROOT.resolve("pom.xml"));
        Document bom = read(ROOT.resolve("isms-bom/pom.xml"));
        assertThat(text(bom.getDocumentElement(), "version")).isEqualTo(text(parent.getDocumentElement(), "version"));

        Set<String> deployed = new TreeSet<>();
        for (String module : children(child(parent.getDocumentElement(), "modules"), "module")) {
            Document pom = read(ROOT.resolve(module).resolve("pom.xml"));
            String artifactId = text(pom.getDocumentElement(), "artifactId");
            Element properties = child(pom.getDocumentElement(), "properties");
            boolean skipped = properties != null && "true".equals(text(properties, "maven.deploy.skip"));
            if (!skipped && !artifactId.equals("isms-bom")) {
                deployed.add(artifactId);
            }
        }
        Set<String> listed = new TreeSet<>();
        Element dependencies = child(child(bom.getDocumentElement(), "dependencyManagement"), "dependencies");
        for (Node node = dependencies.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element && ((Element) node).getTagName().equals("dependency")) {
                Element dependency = (Element) node;
                assertThat(text(dependency, "groupId")).isEqualTo("org.isms4j");
                assertThat(text(dependency, "version")).isEqualTo("${project.version}");
                listed.add(text(dependency, "artifactId"));
            }
        }
        assertThat(deployed).as("deployed modules").contains("isms-core", "isms-annexa");
        assertThat(listed).as("isms-bom's entries").isEqualTo(deployed);
    }

    private static Document read(Path pom) throws Exception {
        assertThat(pom).exists();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (var in = Files.newInputStream(pom)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    /** The direct child element of that name, or null. */
    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element && ((Element) node).getTagName().equals(name)) {
                return (Element) node;
            }
        }
        return null;
    }

    private static List<String> children(Element parent, String name) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(name);
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().trim());
        }
        return texts;
    }

    private static String text(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? null : child.getTextContent().trim();
    }
}
