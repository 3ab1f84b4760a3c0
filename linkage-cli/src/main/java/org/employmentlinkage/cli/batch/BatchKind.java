package org.employmentlinkage.cli.batch;

/** What the rows of a batch file are. */
public enum BatchKind {
  /** People: their groups ({@code LinkagePolicy.personGroups}). */
  PEOPLE,
  /** Projects: their scope ({@code LinkagePolicy.classify}). */
  PROJECTS
}
