package org.incubator.applicant;

/** The trade or sector of a project; kit templates and statistics are organised by it. */
public enum Trade {
  AGRICULTURE,
  LIVESTOCK,
  FOOD_PROCESSING,
  SEWING_TEXTILE,
  HAIRDRESSING_BEAUTY,
  CARPENTRY,
  METALWORK,
  ELECTRICITY,
  PLUMBING,
  AUTO_MECHANICS,
  BUILDING,
  RETAIL,
  CATERING,
  DIGITAL_SERVICES,
  HANDICRAFTS,
  OTHER_SERVICES
}
