package org.incubator.coaching;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.incubator.grant.GrantPreparers;
import org.incubator.identity.Role;
import org.incubator.identity.SecurityEvent;
import org.incubator.identity.SecurityLog;
import org.incubator.shared.Caller;
import org.incubator.shared.CentreTime;
import org.incubator.shared.ConcurrentUpdateException;
import org.incubator.shared.Entities;
import org.incubator.shared.Flushes;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Province;
import org.incubator.training.Participant;

/**
 * The start of a person's business. Only their lead mentor records or corrects it; another mentor
 * confirms it, which a launch recorded by the mentor who prepared the person's grant needs before
 * it releases money (see {@link BusinessLaunched}).
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR})
public class Launches {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private Caseloads caseloads;

  @Inject private GrantPreparers preparers;

  @Inject private SecurityLog securityLog;

  /** The person's launch, if their business started. */
  public Optional<LaunchView> of(@NotNull Long participantId) {
    return find(participantId)
        .map(
            launch ->
                new LaunchView(
                    launch,
                    !launch.isVouchedForApartFrom(
                        preparers.of(launch.getParticipant().getApplication()))));
  }

  /** The lead mentor records the start of the business; the person's journey moves to launched. */
  @RolesAllowed(Role.Names.MENTOR)
  public Long record(@NotNull Long participantId, @NotNull LaunchDetails details) {
    Participant participant =
        Entities.get(em, Participant.class, participantId, "training.participant.notFound");
    em.lock(participant, LockModeType.PESSIMISTIC_WRITE);
    refuseAllButTheLead(participantId);
    if (find(participantId).isPresent()) {
      throw new IncubatorException("coaching.launch.already");
    }
    Instant now = Instant.now();
    BusinessLaunch launch =
        BusinessLaunch.recorded(
            participant, details, province(details), CentreTime.today(), caller.name(), now);
    em.persist(launch);
    Flushes.orDuplicate(
        em,
        "uq_business_launch_participant",
        () -> new IncubatorException("coaching.launch.already"));
    securityLog.recordOnCommit(
        SecurityEvent.LAUNCH_RECORDED,
        Map.of("participant", participantId, "launch", launch.getId()));
    return launch.getId();
  }

  /** The lead mentor corrects the facts of the launch read at {@code version}. */
  @RolesAllowed(Role.Names.MENTOR)
  public void correct(@NotNull Long participantId, long version, @NotNull LaunchDetails details) {
    refuseAllButTheLead(participantId);
    BusinessLaunch launch = current(participantId, version);
    launch.change(details, province(details), CentreTime.today());
    Flushes.orConflict(em);
  }

  /**
   * A mentor other than the one who recorded it confirms the launch read at {@code version}; the
   * mentor who prepared the person's grant cannot be that second word.
   */
  @RolesAllowed(Role.Names.MENTOR)
  public void confirm(@NotNull Long participantId, long version) {
    BusinessLaunch launch = current(participantId, version);
    if (preparers.of(launch.getParticipant().getApplication()).contains(caller.name())) {
      throw new IncubatorException("grant.milestone.preparedByYou");
    }
    launch.confirm(caller.name(), Instant.now());
    Flushes.orConflict(em);
    securityLog.recordOnCommit(
        SecurityEvent.LAUNCH_CONFIRMED,
        Map.of("participant", participantId, "launch", launch.getId()));
  }

  private void refuseAllButTheLead(Long participantId) {
    if (!caseloads.callerLeads(participantId)) {
      throw new IncubatorException("coaching.lead.only");
    }
  }

  private BusinessLaunch current(Long participantId, long version) {
    BusinessLaunch launch =
        find(participantId).orElseThrow(() -> new IncubatorException("coaching.launch.none"));
    em.lock(launch, LockModeType.PESSIMISTIC_WRITE);
    if (launch.getVersion() != version) {
      throw new ConcurrentUpdateException();
    }
    return launch;
  }

  private Province province(LaunchDetails details) {
    String code = details.getProvinceCode();
    return code == null || code.isBlank() ? null : em.find(Province.class, code);
  }

  private Optional<BusinessLaunch> find(Long participantId) {
    return em.createQuery(
            "SELECT l FROM BusinessLaunch l WHERE l.participant.id = :participant",
            BusinessLaunch.class)
        .setParameter("participant", participantId)
        .getResultStream()
        .findFirst();
  }
}
