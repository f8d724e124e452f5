package org.incubator.starterkit;

/**
 * How the person confirmed receiving the kit: signing with a finger on the mentor's screen, or on
 * their own signed-in phone (the accessible way, and the one without a shared screen).
 */
public enum Confirmation {
  SIGNED_ON_SCREEN,
  CONFIRMED_ON_PHONE
}
