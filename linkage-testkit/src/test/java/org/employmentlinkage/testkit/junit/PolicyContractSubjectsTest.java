package org.employmentlinkage.testkit.junit;

import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.testkit.TestPolicies;
import org.junit.jupiter.api.Nested;

/**
 * The policy contract suite applied to the shipped policy, one with the provisional calendar, and a
 * hypothetical widened Wafangdian policy, with the runner's default seed and cases.
 */
class PolicyContractSubjectsTest {

  @Nested
  class Shipped extends LinkagePolicyContract {
    @Override
    protected LinkagePolicy policy() {
      return TestPolicies.shipped();
    }
  }

  @Nested
  class Provisional extends LinkagePolicyContract {
    @Override
    protected LinkagePolicy policy() {
      return TestPolicies.provisional();
    }
  }

  @Nested
  class Wafangdian extends LinkagePolicyContract {
    @Override
    protected LinkagePolicy policy() {
      return TestPolicies.wafangdian();
    }
  }
}
