package org.incubator.starterkit;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The receipt of a hand-over in one language, kept as it was first issued with its SHA-256: it is
 * evidence of what the person received and committed to, so it is never written again.
 */
@Entity
@Table(name = "kit_receipt")
public class KitReceipt {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "handover_id", nullable = false, updatable = false)
  private KitHandover handover;

  @Column(name = "language", length = 2, nullable = false, updatable = false)
  private String language;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content", nullable = false, updatable = false)
  private byte[] content;

  @Column(name = "sha256", length = 64, nullable = false, updatable = false)
  private String sha256;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  protected KitReceipt() {}

  public KitReceipt(KitHandover handover, String language, byte[] pdf, Instant when) {
    this.handover = handover;
    this.language = language;
    this.content = pdf.clone();
    this.sha256 = sha256(pdf);
    this.issuedAt = when;
  }

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** Whether the content is still what was issued. */
  public boolean isIntact() {
    return sha256.equals(sha256(content));
  }

  public Long getId() {
    return id;
  }

  public String getLanguage() {
    return language;
  }

  public byte[] getContent() {
    return content.clone();
  }

  public String getSha256() {
    return sha256;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }
}
