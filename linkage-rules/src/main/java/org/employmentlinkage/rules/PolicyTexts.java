package org.employmentlinkage.rules;

/** Placeholder until the rules land. */
public final class PolicyTexts {
  /** The number of the document this module encodes. */
  public static final String NUMBER = "大政办发〔2018〕83号";

  private PolicyTexts() {}
}
