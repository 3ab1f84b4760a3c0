package org.employmentlinkage.rules;

/** By which rule a project is a major project (重大项目), 一（一）. */
public enum ScopeBasis {
  /** The municipal rule: a construction project with total investment ≥ 1亿元. */
  MUNICIPAL_THRESHOLD,
  /** A region's lower investment threshold ({@link ScopeWidening#threshold()}). */
  REGIONAL_THRESHOLD,
  /** A category the region added ({@link ScopeWidening#addedCategories()}). */
  REGIONAL_CATEGORY,
  /** The region designated the project ({@link ScopeWidening#designatedProjectIds()}). */
  REGIONAL_DESIGNATION,
  /** Not a major project, or not decided. */
  NONE
}
