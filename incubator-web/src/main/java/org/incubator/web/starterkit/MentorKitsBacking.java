package org.incubator.web.starterkit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.incubator.starterkit.AllocationStatus;
import org.incubator.starterkit.Allocations;
import org.incubator.starterkit.SpotCheckFlag;
import org.incubator.starterkit.SpotChecks;

/**
 * The kits on the mentor's home: the people whose latest spot check missed a tool, and how many
 * kits are reserved and ready to hand over or still waiting for stock.
 */
@Named
@RequestScoped
public class MentorKitsBacking {

  @Inject private SpotChecks spotChecks;

  @Inject private Allocations allocations;

  private List<SpotCheckFlag> flagged;
  private Map<AllocationStatus, Long> counts;

  public List<SpotCheckFlag> getFlagged() {
    if (flagged == null) {
      flagged = spotChecks.flagged();
    }
    return flagged;
  }

  public long getReady() {
    return counts().get(AllocationStatus.RESERVED);
  }

  public long getWaiting() {
    return counts().get(AllocationStatus.WAITING);
  }

  private Map<AllocationStatus, Long> counts() {
    if (counts == null) {
      counts =
          allocations.countByStatus(
              EnumSet.of(AllocationStatus.RESERVED, AllocationStatus.WAITING));
    }
    return counts;
  }
}
