package org.incubator.starterkit;

/**
 * How the store follows an article: each unit on its own by its serial number (a sewing machine, a
 * drill), or by quantity (scissors, thread, paint).
 */
public enum Tracking {
  SERIAL,
  COUNTED
}
