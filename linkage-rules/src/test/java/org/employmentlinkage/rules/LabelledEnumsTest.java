package org.employmentlinkage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.employmentlinkage.text.Labelled;
import org.junit.jupiter.api.Test;

/**
 * Every enum of linkage-core and linkage-rules that labels its constants in zh-CN and en has the
 * one shape {@link Labelled}, and every label is given.
 */
class LabelledEnumsTest {

  @Test
  void everyLabelledEnumImplementsLabelledWithTwoLabelsPerConstant() {
    List<String> labelled = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.employmentlinkage")) {
      boolean hasZh = c.getMethods().stream().anyMatch(m -> m.getName().equals("zh"));
      if (!c.isEnum() || !hasZh) {
        continue;
      }
      Class<?> type = c.reflect();
      if (!Labelled.class.isAssignableFrom(type)) {
        problems.add(c.getName() + " has zh() but is not Labelled");
        continue;
      }
      labelled.add(type.getSimpleName());
      for (Object constant : type.getEnumConstants()) {
        Labelled l = (Labelled) constant;
        if (l.zh().isBlank() || l.en().isBlank()) {
          problems.add(c.getName() + "." + constant + " has a blank label");
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(labelled)
        .containsExactlyInAnyOrder(
            "Outcome",
            "ReasonBasis",
            "InterpretationId",
            "InvestmentAgreementScope",
            "TierOrder",
            "PerformerRole",
            "HouseholdType",
            "Ownership",
            "ProjectStatus",
            "ProjectType",
            "TrainingType",
            "IssueTopic",
            "Education",
            "Fact",
            "LandNoticeKind",
            "TrainingOrganiser",
            "RegionKind",
            "Region",
            "Locality",
            "SubsidyKind");
  }
}
