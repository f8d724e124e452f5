package org.incubator.starterkit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.incubator.shared.IncubatorException;

/**
 * The person's acknowledgement of what a mentor recorded with them (a kit handed over, a tool
 * returned), given once, one of two ways: a signature drawn with a finger on the mentor's screen,
 * or a confirmation from their own signed-in phone, which the record waits for.
 */
@Embeddable
public class Acknowledgement implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A finger's signature as a PNG image stays well under this. */
  public static final int SIGNATURE_MAX_BYTES = 300_000;

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 24, nullable = false)
  private AcknowledgementStatus status = AcknowledgementStatus.AWAITING_CONFIRMATION;

  @Enumerated(EnumType.STRING)
  @Column(name = "confirmation", length = 20)
  private Confirmation confirmation;

  @Lob
  @Column(name = "signature")
  private byte[] signature;

  @Column(name = "confirmed_by", length = 60)
  private String confirmedBy;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  /** The person signed on the mentor's screen: a PNG image drawn with a finger. */
  void signedOnScreen(byte[] png, String by, Instant when) {
    if (png == null || png.length == 0) {
      throw IncubatorException.onField("signature", "starterkit.handover.signatureRequired");
    }
    if (png.length > SIGNATURE_MAX_BYTES
        || png.length < PNG.length
        || !Arrays.equals(Arrays.copyOf(png, PNG.length), PNG)) {
      throw IncubatorException.onField("signature", "starterkit.handover.signatureUnreadable");
    }
    confirm(Confirmation.SIGNED_ON_SCREEN, by, when);
    this.signature = png.clone();
  }

  /** The person confirmed from their own signed-in phone. */
  void confirmedOnPhone(String by, Instant when) {
    confirm(Confirmation.CONFIRMED_ON_PHONE, by, when);
  }

  private void confirm(Confirmation how, String by, Instant when) {
    if (status == AcknowledgementStatus.CONFIRMED) {
      throw new IncubatorException("starterkit.handover.alreadyConfirmed");
    }
    this.status = AcknowledgementStatus.CONFIRMED;
    this.confirmation = how;
    this.confirmedBy = by;
    this.confirmedAt = when;
  }

  public boolean isConfirmed() {
    return status == AcknowledgementStatus.CONFIRMED;
  }

  public AcknowledgementStatus getStatus() {
    return status;
  }

  public Optional<Confirmation> getConfirmation() {
    return Optional.ofNullable(confirmation);
  }

  public Optional<byte[]> getSignature() {
    return Optional.ofNullable(signature).map(byte[]::clone);
  }

  public String getConfirmedBy() {
    return confirmedBy;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }
}
