package org.incubator.identity;

/** The four roles of PRODUCT.md; their names are the security roles of the application. */
public enum Role {
  ADMIN,
  MENTOR,
  ENTREPRENEUR,
  REVIEWER;

  /** Role names as constants, for {@code @RolesAllowed}. */
  public static final class Names {
    public static final String ADMIN = "ADMIN";
    public static final String MENTOR = "MENTOR";
    public static final String ENTREPRENEUR = "ENTREPRENEUR";
    public static final String REVIEWER = "REVIEWER";

    private Names() {}
  }
}
