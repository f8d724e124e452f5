package org.incubator.coaching;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.incubator.identity.UserAccount;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.TypedText;
import org.incubator.training.Participant;

/**
 * Who leads a person's coaching: one mentor at a time, every change kept. Every mentor may read
 * every file; what only the lead mentor may do is the coaching services' rule.
 */
@Entity
@Table(name = "mentorship")
public class Mentorship {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "participant_id", nullable = false, updatable = false, unique = true)
  private Participant participant;

  @Column(name = "lead_mentor", length = UserAccount.USERNAME_LENGTH, nullable = false)
  private String leadMentor;

  @Column(name = "lead_since", nullable = false)
  private Instant since;

  @OneToMany(mappedBy = "mentorship", cascade = CascadeType.PERSIST)
  @OrderBy("at")
  private List<LeadMentorChange> history = new ArrayList<>();

  protected Mentorship() {}

  /** The first lead mentor of {@code participant}. */
  public static Mentorship led(
      Participant participant, String mentor, String reason, String by, Instant when) {
    var mentorship = new Mentorship();
    mentorship.participant = participant;
    mentorship.handTo(mentor, reason, by, when);
    return mentorship;
  }

  /**
   * Another mentor leads from now on, for the reason given; choosing the mentor already in charge
   * changes nothing and answers false.
   */
  public boolean handTo(String mentor, String reason, String by, Instant when) {
    if (mentor == null || mentor.isBlank()) {
      throw IncubatorException.onField("leadMentor", "field.required");
    }
    String why = TypedText.optional(reason, "leadMentorReason", LeadMentorChange.REASON_LENGTH);
    if (mentor.equals(leadMentor)) {
      return false;
    }
    history.add(new LeadMentorChange(this, leadMentor, mentor, why, by, when));
    leadMentor = mentor;
    since = when;
    return true;
  }

  public boolean isLedBy(String mentor) {
    return leadMentor.equals(mentor);
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Participant getParticipant() {
    return participant;
  }

  public String getLeadMentor() {
    return leadMentor;
  }

  public Instant getSince() {
    return since;
  }

  /** Every change of lead mentor, the first assignment first. */
  public List<LeadMentorChange> getHistory() {
    return Collections.unmodifiableList(history);
  }
}
