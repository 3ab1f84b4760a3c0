package org.employmentlinkage.rules;

/**
 * Ready-made policies.
 *
 * <p>No region is known to have widened the scope or set a liaison period or subsidy schedule under
 * 大政办发〔2018〕83号 (瓦政办发〔2018〕66号 only forwards it), so the ready-made policy has none; build regional
 * variants with {@link LinkagePolicy#builder()}.
 */
public final class LinkagePolicies {
  private LinkagePolicies() {}

  /**
   * The city-wide policy with the document's defaults: in force from 2018-07-06, the official
   * working-day calendar, the system clock, and no regional parameters. Shared: built once.
   *
   * @return the policy
   */
  public static LinkagePolicy dalian2018() {
    return Holder.DALIAN_2018;
  }

  private static final class Holder {
    static final LinkagePolicy DALIAN_2018 = LinkagePolicy.builder().build();
  }
}
