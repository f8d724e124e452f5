package org.incubator.training;

/**
 * What a mentor should look at in a person's training, on their home page and the person's file.
 */
public enum TrainingWarning {
  // from the least to the gravest: pages list the gravest first
  BELOW_THRESHOLD,
  TWO_ABSENCES_IN_A_ROW,
  CANNOT_REACH
}
