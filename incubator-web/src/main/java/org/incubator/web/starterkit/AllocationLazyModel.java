package org.incubator.web.starterkit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.incubator.shared.PageRequest;
import org.incubator.starterkit.AllocationStatus;
import org.incubator.starterkit.AllocationSummary;
import org.incubator.starterkit.Allocations;
import org.incubator.web.shared.DatabaseLazyModel;
import org.primefaces.model.FilterMeta;

/** The kits allocated, in one status or all, in order of admission, paged by the database. */
public class AllocationLazyModel
    extends DatabaseLazyModel<AllocationSummary, Optional<AllocationStatus>> {

  private static final long serialVersionUID = 1L;

  private final transient Allocations allocations;

  private AllocationStatus status;

  public AllocationLazyModel(Allocations allocations) {
    this.allocations = allocations;
  }

  public void setStatus(AllocationStatus status) {
    this.status = status;
  }

  @Override
  protected Optional<AllocationStatus> filterOf(Map<String, FilterMeta> filterBy) {
    return Optional.ofNullable(status);
  }

  @Override
  protected long countOf(Optional<AllocationStatus> filter) {
    return allocations.count(filter.orElse(null));
  }

  @Override
  protected List<AllocationSummary> pageOf(Optional<AllocationStatus> filter, PageRequest page) {
    return allocations.page(filter.orElse(null), page);
  }

  @Override
  protected Object keyOf(AllocationSummary row) {
    return row.id();
  }
}
