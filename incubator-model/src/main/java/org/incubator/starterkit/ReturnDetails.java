package org.incubator.starterkit;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A tool back from its holder, as the mentor records it: the day, who brought it, whether it can be
 * issued again, its condition, and the person's signature when they sign on the mentor's screen
 * (none when they acknowledge it from their own phone).
 */
public class ReturnDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  private LocalDate returnedOn;
  private String returnedBy;
  private boolean usable = true;
  private String condition;
  private byte[] signature;

  public static ReturnDetails of(
      LocalDate on, String by, boolean usable, String condition, byte[] signature) {
    var details = new ReturnDetails();
    details.returnedOn = on;
    details.returnedBy = by;
    details.usable = usable;
    details.condition = condition;
    details.setSignature(signature);
    return details;
  }

  public LocalDate getReturnedOn() {
    return returnedOn;
  }

  public void setReturnedOn(LocalDate returnedOn) {
    this.returnedOn = returnedOn;
  }

  public String getReturnedBy() {
    return returnedBy;
  }

  public void setReturnedBy(String returnedBy) {
    this.returnedBy = returnedBy;
  }

  public boolean isUsable() {
    return usable;
  }

  public void setUsable(boolean usable) {
    this.usable = usable;
  }

  public String getCondition() {
    return condition;
  }

  public void setCondition(String condition) {
    this.condition = condition;
  }

  public byte[] getSignature() {
    return signature == null ? null : signature.clone();
  }

  public void setSignature(byte[] signature) {
    this.signature = signature == null ? null : signature.clone();
  }
}
