package org.incubator.web.starterkit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.incubator.starterkit.AllocationStatus;
import org.incubator.starterkit.Allocations;

/**
 * The kits allocated, all or in one status: waiting for stock, reserved, handed over, cancelled.
 */
@Named
@ViewScoped
public class KitsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Allocations allocations;

  private AllocationLazyModel model;
  private String shown = "all";

  public void load() {
    if (model == null) {
      model = new AllocationLazyModel(allocations);
    }
    model.setStatus(
        Arrays.stream(AllocationStatus.values())
            .filter(s -> s.name().equals(shown))
            .findFirst()
            .orElse(null));
  }

  public List<AllocationStatus> getStatuses() {
    return List.of(AllocationStatus.values());
  }

  /** {@code all}, or the name of a status. */
  public String getShown() {
    return shown;
  }

  public void setShown(String shown) {
    this.shown =
        Arrays.stream(AllocationStatus.values()).anyMatch(s -> s.name().equals(shown))
            ? shown
            : "all";
  }

  public AllocationLazyModel getKits() {
    return model;
  }
}
