package org.incubator.grant;

import java.util.EnumSet;
import java.util.Set;
import org.incubator.shared.IncubatorException;

/**
 * The life cycle of a grant request. A mentor prepares and submits it and may withdraw it until it
 * is decided; reviewers approve, reject or return it. A returned request is kept as it was and
 * comes back as a new version. An approved grant is paid tranche by tranche until its project
 * closes; rejected, returned, withdrawn and closed are final.
 */
public enum GrantStatus {
  DRAFT,
  SUBMITTED,
  APPROVED,
  REJECTED,
  RETURNED,
  WITHDRAWN,
  CLOSED;

  public Set<GrantStatus> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
      case SUBMITTED -> EnumSet.of(APPROVED, REJECTED, RETURNED, WITHDRAWN);
      case APPROVED -> EnumSet.of(CLOSED);
      case REJECTED, RETURNED, WITHDRAWN, CLOSED -> EnumSet.noneOf(GrantStatus.class);
    };
  }

  public GrantStatus moveTo(GrantStatus target) {
    if (!next().contains(target)) {
      throw new IncubatorException("grant.request.illegalMove", this, target);
    }
    return target;
  }

  public boolean isFinal() {
    return next().isEmpty();
  }
}
