package org.incubator.starterkit;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A delivery as the storekeeper types it from the supplier's note. */
public class DeliveryDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long supplierId;
  private LocalDate receivedOn;
  private String noteNumber;
  private List<DeliveryLineDetails> lines = new ArrayList<>();

  public Long getSupplierId() {
    return supplierId;
  }

  public void setSupplierId(Long supplierId) {
    this.supplierId = supplierId;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }

  public String getNoteNumber() {
    return noteNumber;
  }

  public void setNoteNumber(String noteNumber) {
    this.noteNumber = noteNumber;
  }

  public List<DeliveryLineDetails> getLines() {
    return lines;
  }

  public void setLines(List<DeliveryLineDetails> lines) {
    this.lines = lines;
  }

  private String noteFileName;
  private byte[] noteContent;

  /** The scanned delivery note, if one was attached: its file name and content. */
  public void attachNote(String fileName, byte[] content) {
    this.noteFileName = fileName;
    this.noteContent = content == null ? null : content.clone();
  }

  public String getNoteFileName() {
    return noteFileName;
  }

  public byte[] getNoteContent() {
    return noteContent == null ? null : noteContent.clone();
  }
}
