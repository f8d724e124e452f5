package org.incubator.applicant;

import java.io.Serializable;

/**
 * What a mentor narrows the register to. Every part is optional; {@code text} matches a part of the
 * first name, last name or CIN.
 */
public record ProjectHolderFilter(
    String text, String regionCode, String provinceCode, Trade trade, Gender gender)
    implements Serializable {

  public static final ProjectHolderFilter NONE =
      new ProjectHolderFilter(null, null, null, null, null);
}
