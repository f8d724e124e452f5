package org.incubator.coaching;

/** Whom a business-relations session put the entrepreneur in touch with. */
public enum Counterpart {
  SUPPLIER,
  CUSTOMER,
  BANK,
  ADMINISTRATION
}
