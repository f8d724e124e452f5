package org.incubator.shared;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** One of the 12 regions of Morocco (2015 division). Reference data, loaded by a migration. */
@Entity
@Table(name = "region")
@Cacheable
public class Region {

  @Id
  @Column(name = "code", length = 8)
  private String code;

  @Column(name = "name_ar", length = 100, nullable = false)
  private String nameAr;

  @Column(name = "name_fr", length = 100, nullable = false)
  private String nameFr;

  @Column(name = "name_en", length = 100, nullable = false)
  private String nameEn;

  protected Region() {}

  public Region(String code, String nameAr, String nameFr, String nameEn) {
    this.code = code;
    this.nameAr = nameAr;
    this.nameFr = nameFr;
    this.nameEn = nameEn;
  }

  public String getCode() {
    return code;
  }

  public String getName(Locale locale) {
    return LocalizedName.pick(locale, nameAr, nameFr, nameEn);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Region other && code.equals(other.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }
}
