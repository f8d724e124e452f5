package org.incubator.selection;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.incubator.shared.IncubatorException;

/**
 * The life cycle of an application to a call. Each status names the moves it allows; any other move
 * is refused. Eligibility can still change while the application is only submitted or assessed (the
 * rules of a call may be revised); once the committee has shortlisted, admitted, put on the waiting
 * list or declined it, only the applicant's withdrawal remains possible.
 */
public enum ApplicationStatus {
  DRAFT,
  SUBMITTED,
  ELIGIBLE,
  INELIGIBLE,
  SHORTLISTED,
  ADMITTED,
  WAITING,
  DECLINED,
  WITHDRAWN;

  /** The statuses in which an application has a place in its call's ranking. */
  public static final Set<ApplicationStatus> RANKED =
      Collections.unmodifiableSet(EnumSet.of(ELIGIBLE, SHORTLISTED, ADMITTED, WAITING, DECLINED));

  /** The statuses this one may move to. */
  public Set<ApplicationStatus> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
      case SUBMITTED -> EnumSet.of(ELIGIBLE, INELIGIBLE, WITHDRAWN);
      case ELIGIBLE -> EnumSet.of(INELIGIBLE, SHORTLISTED, WITHDRAWN);
      case INELIGIBLE -> EnumSet.of(ELIGIBLE, WITHDRAWN);
      case SHORTLISTED -> EnumSet.of(ADMITTED, WAITING, DECLINED, WITHDRAWN);
      case WAITING -> EnumSet.of(ADMITTED, DECLINED, WITHDRAWN);
      case ADMITTED -> EnumSet.of(WITHDRAWN);
      case DECLINED, WITHDRAWN -> EnumSet.noneOf(ApplicationStatus.class);
    };
  }

  public boolean canMoveTo(ApplicationStatus target) {
    return next().contains(target);
  }

  /** The target status, or a refusal naming both statuses when the move is not allowed. */
  public ApplicationStatus moveTo(ApplicationStatus target) {
    if (!canMoveTo(target)) {
      throw new IncubatorException("selection.application.illegalMove", this, target);
    }
    return target;
  }

  /** Whether a revision of the call's rules may still change this application's eligibility. */
  public boolean isOpenToReassessment() {
    return this == SUBMITTED || this == ELIGIBLE || this == INELIGIBLE;
  }

  public boolean isFinal() {
    return next().isEmpty();
  }
}
