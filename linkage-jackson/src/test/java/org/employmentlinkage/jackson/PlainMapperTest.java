package org.employmentlinkage.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.rules.ObligationDecision;
import org.employmentlinkage.rules.PersonGroups;
import org.employmentlinkage.rules.ScopeDecision;
import org.junit.jupiter.api.Test;

/**
 * The README's warning is true: a plain Jackson mapper without the module drops what matters or
 * fails on the library's types, and with the module registered it writes and reads them.
 */
class PlainMapperTest {
  private final ScopeDecision scope = Values.scopeDecisions().get(0);
  private final PersonGroups groups = Values.personGroups().get(0);
  private final ObligationDecision obligations = Values.obligationDecisions().get(0);
  private final Project project = Values.projects().get(0);

  @Test
  void aPlainMapperWritesGarbageOrFails() throws Exception {
    ObjectMapper plain = new ObjectMapper();
    // A ScopeDecision loses its outcome, reasons and versions: only the derived boolean is left.
    String scopeText = plain.writeValueAsString(scope);
    assertThat(scopeText).isEqualTo("{\"definitelyMajor\":" + scope.isDefinitelyMajor() + "}");
    // Money becomes an object of its one getter-like method.
    assertThat(plain.writeValueAsString(Money.parse("1亿元"))).isEqualTo("{\"zero\":false}");
    assertThatThrownBy(() -> plain.writeValueAsString(groups)).isInstanceOf(Exception.class);
    assertThatThrownBy(() -> plain.writeValueAsString(obligations)).isInstanceOf(Exception.class);
    assertThatThrownBy(() -> plain.writeValueAsString(project)).isInstanceOf(Exception.class);
    assertThatThrownBy(
            () ->
                plain.readValue(
                    LinkageJson.mapper().writeValueAsString(scope), ScopeDecision.class))
        .isInstanceOf(Exception.class);
  }

  @Test
  void withTheModuleRegisteredThePlainMapperWritesAndReadsThem() throws Exception {
    ObjectMapper withModule = new ObjectMapper().registerModule(new LinkageModule());
    for (Object value : new Object[] {scope, groups, obligations, project}) {
      String text = withModule.writeValueAsString(value);
      assertThat(text).startsWith("{\"schema\":\"linkage/1\",\"document\":");
      assertThat(text).isEqualTo(LinkageJson.mapper().writeValueAsString(value));
      assertThat(withModule.readValue(text, value.getClass().getSuperclass())).isEqualTo(value);
    }
    assertThat(withModule.writeValueAsString(Money.parse("1亿元"))).isEqualTo("\"100000000.00\"");
  }
}
