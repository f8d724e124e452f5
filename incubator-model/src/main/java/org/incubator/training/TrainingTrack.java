package org.incubator.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.LocalizedName;
import org.incubator.shared.TitlesInThreeLanguages;

/**
 * A family of skills the curriculum trains (entrepreneurial, managerial, personal…): data the
 * administrator names and adds to, not code.
 */
@Entity
@Table(name = "training_track")
public class TrainingTrack {

  public static final int CODE_LENGTH = 40;
  public static final int NAME_LENGTH = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "code", length = CODE_LENGTH, nullable = false, updatable = false)
  private String code;

  @Column(name = "name_ar", length = NAME_LENGTH, nullable = false)
  private String nameAr;

  @Column(name = "name_fr", length = NAME_LENGTH, nullable = false)
  private String nameFr;

  @Column(name = "name_en", length = NAME_LENGTH, nullable = false)
  private String nameEn;

  @Column(name = "position", nullable = false)
  private int position;

  protected TrainingTrack() {}

  public TrainingTrack(String code, TitlesInThreeLanguages names, int position) {
    String typed = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    if (!typed.matches("[A-Z][A-Z0-9_]{1," + (CODE_LENGTH - 1) + "}")) {
      throw IncubatorException.onField("trackCode", "training.track.codeRule");
    }
    this.code = typed;
    this.position = position;
    rename(names);
  }

  public void rename(TitlesInThreeLanguages names) {
    names.check(NAME_LENGTH, "track");
    this.nameAr = names.arabic();
    this.nameFr = names.french();
    this.nameEn = names.english();
  }

  public String nameIn(Locale locale) {
    return LocalizedName.pick(locale, nameAr, nameFr, nameEn);
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getCode() {
    return code;
  }

  public TitlesInThreeLanguages getNames() {
    return new TitlesInThreeLanguages(nameAr, nameFr, nameEn);
  }

  public int getPosition() {
    return position;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof TrainingTrack other && id != null && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return TrainingTrack.class.hashCode();
  }
}
