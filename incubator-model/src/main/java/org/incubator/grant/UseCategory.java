package org.incubator.grant;

/** What a line of a grant request pays for. */
public enum UseCategory {
  EQUIPMENT,
  WORKING_CAPITAL,
  RENT,
  RAW_MATERIALS,
  FIT_OUT,
  OTHER
}
