package org.incubator.shared;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Locale;

/**
 * A province or prefecture of Morocco, inside its region. Reference data, loaded by a migration.
 */
@Entity
@Table(name = "province")
@Cacheable
public class Province {

  public static final int CODE_LENGTH = 32;

  @Id
  @Column(name = "code", length = CODE_LENGTH)
  private String code;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "region_code", nullable = false)
  private Region region;

  @Column(name = "name_ar", length = 100, nullable = false)
  private String nameAr;

  @Column(name = "name_fr", length = 100, nullable = false)
  private String nameFr;

  @Column(name = "name_en", length = 100, nullable = false)
  private String nameEn;

  protected Province() {}

  public Province(String code, Region region, String nameAr, String nameFr, String nameEn) {
    this.code = code;
    this.region = region;
    this.nameAr = nameAr;
    this.nameFr = nameFr;
    this.nameEn = nameEn;
  }

  public String getCode() {
    return code;
  }

  public Region getRegion() {
    return region;
  }

  public String getName(Locale locale) {
    return LocalizedName.pick(locale, nameAr, nameFr, nameEn);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Province other && code.equals(other.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }
}
