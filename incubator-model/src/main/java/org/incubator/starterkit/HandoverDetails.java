package org.incubator.starterkit;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-over as the mentor records it: the day, the place, the units picked from the shelves for
 * every serial-numbered article, and the person's signature when they sign on the mentor's screen
 * (none when they confirm from their own phone).
 */
public class HandoverDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  private LocalDate handedOn;
  private String place;
  private List<Long> unitIds = new ArrayList<>();
  private byte[] signature;

  public LocalDate getHandedOn() {
    return handedOn;
  }

  public void setHandedOn(LocalDate handedOn) {
    this.handedOn = handedOn;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public List<Long> getUnitIds() {
    return unitIds;
  }

  public void setUnitIds(List<Long> unitIds) {
    this.unitIds = unitIds;
  }

  public byte[] getSignature() {
    return signature == null ? null : signature.clone();
  }

  public void setSignature(byte[] signature) {
    this.signature = signature == null ? null : signature.clone();
  }

  private String photoFileName;
  private byte[] photoContent;

  /** A photo of the hand-over, if one was taken: its file name and content. */
  public void attachPhoto(String fileName, byte[] content) {
    this.photoFileName = fileName;
    this.photoContent = content == null ? null : content.clone();
  }

  public String getPhotoFileName() {
    return photoFileName;
  }

  public byte[] getPhotoContent() {
    return photoContent == null ? null : photoContent.clone();
  }
}
