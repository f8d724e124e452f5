package org.incubator.identity;

/**
 * What the security log records: acts of signing in and out, and acts that move money or rights.
 */
public enum SecurityEvent {
  SIGN_IN,
  SIGN_IN_REFUSED,
  SIGN_IN_DELAYED,
  SIGN_IN_PASSWORD_RIGHT,
  SECOND_FACTOR_ENROLLED,
  SIGN_UP,
  SIGN_UP_REFUSED,
  SIGN_OUT,
  ACCESS_DENIED,
  GRANT_APPROVED,
  GRANT_REJECTED,
  GRANT_RETURNED,
  PAYMENT_RECORDED
}
