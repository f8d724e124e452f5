package org.incubator.grant;

/** How a tranche was paid out. */
public enum PaymentMethod {
  BANK_TRANSFER,
  CHEQUE,
  MOBILE_WALLET
}
