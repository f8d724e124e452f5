package org.incubator.web.programme;

import java.util.List;
import java.util.Map;
import org.incubator.programme.Programme;
import org.incubator.programme.SettingChange;
import org.incubator.shared.PageRequest;
import org.incubator.web.shared.DatabaseLazyModel;
import org.primefaces.model.FilterMeta;

/** The history of the settings, paged by the database, the latest change first. */
public class SettingChangeLazyModel extends DatabaseLazyModel<SettingChange, String> {

  private static final long serialVersionUID = 1L;

  private final transient Programme programme;

  public SettingChangeLazyModel(Programme programme) {
    this.programme = programme;
  }

  @Override
  protected String filterOf(Map<String, FilterMeta> filterBy) {
    return WHOLE_LIST;
  }

  @Override
  protected long countOf(String filter) {
    return programme.countChanges();
  }

  @Override
  protected List<SettingChange> pageOf(String filter, PageRequest page) {
    return programme.changes(page);
  }

  @Override
  protected Object keyOf(SettingChange row) {
    return row.getId();
  }
}
