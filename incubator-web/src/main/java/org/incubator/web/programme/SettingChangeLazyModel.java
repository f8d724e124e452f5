package org.incubator.web.programme;

import java.util.List;
import java.util.Map;
import org.incubator.programme.Programme;
import org.incubator.programme.SettingChange;
import org.incubator.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The history of the settings, paged by the database, the latest change first. */
public class SettingChangeLazyModel extends LazyDataModel<SettingChange> {

  private static final long serialVersionUID = 1L;

  private final transient Programme programme;

  public SettingChangeLazyModel(Programme programme) {
    this.programme = programme;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(programme.countChanges());
  }

  @Override
  public List<SettingChange> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return programme.changes(
        new PageRequest(first, Math.min(pageSize, PageRequest.MAX_SIZE), null, false));
  }

  @Override
  public String getRowKey(SettingChange change) {
    return String.valueOf(change.getId());
  }
}
