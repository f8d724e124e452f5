package org.incubator.selection;

import java.io.Serializable;
import java.util.Set;
import org.incubator.applicant.Gender;
import org.incubator.applicant.Trade;

/**
 * What a ranking shows: the applications of one call in the given statuses, narrowed to a province,
 * a gender or a trade when these are set. Ranks are always those of the whole call.
 */
public record RankingFilter(
    Long callId, Set<ApplicationStatus> statuses, String provinceCode, Gender gender, Trade trade)
    implements Serializable {

  public RankingFilter {
    statuses =
        statuses == null || statuses.isEmpty() ? ApplicationStatus.RANKED : Set.copyOf(statuses);
    if (!ApplicationStatus.RANKED.containsAll(statuses)) {
      throw new IllegalArgumentException("Not a ranked status: " + statuses);
    }
  }

  public static RankingFilter wholeCall(Long callId) {
    return new RankingFilter(callId, ApplicationStatus.RANKED, null, null, null);
  }
}
