package org.incubator.selection;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.incubator.identity.UserAccount;
import org.incubator.shared.IncubatorException;

/**
 * A meeting of the selection committee for one call: when it sat, who was present, and its minutes.
 * Only members present decide, each on applicants they have no conflict of interest with.
 */
@Entity
@Table(name = "committee_session")
public class CommitteeSession {

  public static final int MINUTES_LENGTH = 10_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "call_id", nullable = false, updatable = false)
  private CallForApplications call;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "committee_member", joinColumns = @JoinColumn(name = "session_id"))
  @Column(name = "username", length = UserAccount.USERNAME_LENGTH, nullable = false)
  private Set<String> members = new HashSet<>();

  @Column(name = "minutes", length = MINUTES_LENGTH)
  private String minutes;

  @Column(name = "recorded_by", length = UserAccount.USERNAME_LENGTH, nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected CommitteeSession() {}

  public CommitteeSession(
      CallForApplications call,
      LocalDate heldOn,
      Set<String> members,
      String minutes,
      String by,
      Instant when) {
    this.call = Objects.requireNonNull(call, "call");
    this.heldOn = Objects.requireNonNull(heldOn, "heldOn");
    this.recordedBy = Objects.requireNonNull(by, "by");
    this.recordedAt = Objects.requireNonNull(when, "when");
    record(members, minutes);
  }

  /** Corrects the members present and the minutes. */
  public void record(Set<String> present, String text) {
    if (present == null || present.isEmpty()) {
      throw IncubatorException.onField("members", "selection.committee.noMembers");
    }
    if (text != null && text.length() > MINUTES_LENGTH) {
      throw IncubatorException.onField(
          "minutes", "selection.committee.minutesTooLong", MINUTES_LENGTH);
    }
    this.members = new HashSet<>(present);
    this.minutes = text == null || text.isBlank() ? null : text.strip();
  }

  /** Refuses a decision by someone who did not sit in this session. */
  public void checkMember(String username) {
    if (!members.contains(username)) {
      throw new IncubatorException("selection.committee.notMember", username, heldOn);
    }
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public CallForApplications getCall() {
    return call;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public Set<String> getMembers() {
    return Set.copyOf(members);
  }

  public String getMinutes() {
    return minutes;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof CommitteeSession other && id != null && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return CommitteeSession.class.hashCode();
  }
}
