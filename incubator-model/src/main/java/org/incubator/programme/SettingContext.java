package org.incubator.programme;

/**
 * The part of the programme a setting governs: the settings page shows one card per context that
 * has settings, in the order of a project holder's journey (label key {@code SettingContext.X}).
 */
public enum SettingContext {
  SELECTION,
  TRAINING,
  STARTER_KIT,
  GRANT,
  COACHING,
  EVALUATION
}
