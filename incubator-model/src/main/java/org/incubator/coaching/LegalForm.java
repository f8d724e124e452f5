package org.incubator.coaching;

/** The legal form a business starts under in Morocco, or none yet. */
public enum LegalForm {
  AUTO_ENTREPRENEUR,
  SOLE_PROPRIETORSHIP,
  SARL_AU,
  COOPERATIVE,
  NOT_REGISTERED;

  /** Whether a business of this form has a registration number (RC, ICE or the cooperative's). */
  public boolean isRegistered() {
    return this != NOT_REGISTERED;
  }
}
