package org.employmentlinkage.gates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The testers' BOM ({@code linkage-testkit-bom}) aligns the test libraries with the versions the
 * testkit is built and tested against, and the library BOM ({@code linkage-bom}) stays free of
 * them, so embedders who import only the library BOM get no test library versions.
 */
class TestkitBomGateTest {
  private static Document read(String... path) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder()
        .parse(Path.of(SelfContainedGateTest.reactorRoot().toString(), path).toFile());
  }

  /** The text of the first child element of {@code parent} named {@code name}, or "". */
  private static String child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e.getTextContent().trim();
      }
    }
    return "";
  }

  private static String property(Document pom, String name) {
    Element properties = (Element) pom.getElementsByTagName("properties").item(0);
    return child(properties, name);
  }

  /** The managed dependencies as {@code groupId:artifactId:version[:type:scope]}. */
  private static List<String> managed(Document pom) {
    List<String> list = new ArrayList<>();
    NodeList deps = pom.getElementsByTagName("dependency");
    for (int i = 0; i < deps.getLength(); i++) {
      Element d = (Element) deps.item(i);
      String entry = child(d, "groupId") + ":" + child(d, "artifactId") + ":" + child(d, "version");
      if (!child(d, "scope").isEmpty()) {
        entry += ":" + child(d, "type") + ":" + child(d, "scope");
      }
      list.add(entry);
    }
    return list;
  }

  @Test
  void theTestersBomPinsTheVersionsTheBuildUses() throws Exception {
    Document root = read("pom.xml");
    Document bom = read("linkage-testkit-bom", "pom.xml");
    assertThat(property(bom, "quicktheories.version"))
        .isEqualTo(property(root, "quicktheories.version"))
        .isEqualTo("0.26");
    assertThat(property(bom, "junit.version")).isEqualTo(property(root, "junit.version"));
    // The JUnit the gates run on is the one the BOM names.
    assertThat(Test.class.getPackage().getImplementationVersion())
        .isEqualTo(property(root, "junit.version"));
    assertThat(child(bom.getDocumentElement(), "version"))
        .isEqualTo(child(root.getDocumentElement(), "version"));
    assertThat(managed(bom))
        .containsExactly(
            "org.employmentlinkage:linkage-bom:${project.version}:pom:import",
            "org.quicktheories:quicktheories:${quicktheories.version}",
            "org.junit:junit-bom:${junit.version}:pom:import");
    assertThat(bom.getElementsByTagName("parent").getLength()).isZero();
  }

  @Test
  void theLibraryBomManagesNoTestLibrary() throws Exception {
    Document bom = read("linkage-bom", "pom.xml");
    assertThat(bom.getElementsByTagName("parent").getLength()).isZero();
    assertThat(managed(bom))
        .isNotEmpty()
        .allMatch(d -> d.startsWith("org.employmentlinkage:"), "a linkage module")
        .contains("org.employmentlinkage:linkage-testkit:${project.version}");
  }

  @Test
  void bothBomsAreModulesOfTheReactor() throws Exception {
    NodeList modules = read("pom.xml").getElementsByTagName("module");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < modules.getLength(); i++) {
      names.add(modules.item(i).getTextContent().trim());
    }
    assertThat(names).contains("linkage-bom", "linkage-testkit-bom");
  }
}
