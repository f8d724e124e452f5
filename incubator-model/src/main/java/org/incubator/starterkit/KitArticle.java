package org.incubator.starterkit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import org.incubator.shared.LocalizedName;
import org.incubator.shared.Money;
import org.incubator.shared.TitlesInThreeLanguages;

/**
 * An article of the catalogue (a sewing machine, a pair of scissors) and what the store holds of
 * it: its counters change only through {@link StockLevel}, under the stock's lock.
 */
@Entity
@Table(name = "kit_article")
public class KitArticle {

  public static final int NAME_LENGTH = 120;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "name_ar", length = NAME_LENGTH, nullable = false)
  private String nameAr;

  @Column(name = "name_fr", length = NAME_LENGTH, nullable = false)
  private String nameFr;

  @Column(name = "name_en", length = NAME_LENGTH, nullable = false)
  private String nameEn;

  @Enumerated(EnumType.STRING)
  @Column(name = "tracking", length = 10, nullable = false, updatable = false)
  private Tracking tracking;

  @Column(name = "received", nullable = false)
  private int received;

  @Column(name = "received_value", nullable = false, precision = 14, scale = 2)
  private BigDecimal receivedValue = BigDecimal.ZERO;

  @Column(name = "reserved", nullable = false)
  private int reserved;

  @Column(name = "handed_over", nullable = false)
  private int handedOver;

  @Column(name = "returned", nullable = false)
  private int returned;

  @Column(name = "scrapped", nullable = false)
  private int scrapped;

  @Column(name = "written_off", nullable = false)
  private int writtenOff;

  protected KitArticle() {}

  public KitArticle(TitlesInThreeLanguages names, Tracking tracking) {
    this.tracking = Objects.requireNonNull(tracking, "tracking");
    rename(names);
  }

  public void rename(TitlesInThreeLanguages names) {
    names.check(NAME_LENGTH, "article");
    this.nameAr = names.arabic();
    this.nameFr = names.french();
    this.nameEn = names.english();
  }

  public String nameIn(Locale locale) {
    return LocalizedName.pick(locale, nameAr, nameFr, nameEn);
  }

  public StockLevel getStock() {
    return new StockLevel(
        received, Money.mad(receivedValue), reserved, handedOver, returned, scrapped, writtenOff);
  }

  /** The only way the counters change: the next level, computed by {@link StockLevel}. */
  public void moveTo(StockLevel next) {
    this.received = next.received();
    this.receivedValue = next.receivedValue().getAmount();
    this.reserved = next.reserved();
    this.handedOver = next.handedOver();
    this.returned = next.returned();
    this.scrapped = next.scrapped();
    this.writtenOff = next.writtenOff();
  }

  public boolean isSerialTracked() {
    return tracking == Tracking.SERIAL;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public TitlesInThreeLanguages getNames() {
    return new TitlesInThreeLanguages(nameAr, nameFr, nameEn);
  }

  public Tracking getTracking() {
    return tracking;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof KitArticle other && id != null && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return KitArticle.class.hashCode();
  }
}
