package org.incubator.web.selection;

import java.util.List;
import java.util.Map;
import org.incubator.selection.ApplicationImport;
import org.incubator.selection.ImportStatus;
import org.incubator.shared.PageRequest;
import org.incubator.web.shared.DatabaseLazyModel;
import org.primefaces.model.FilterMeta;

/** The imports the reader may see, the latest first, paged by the database. */
public class ImportLazyModel extends DatabaseLazyModel<ImportStatus, String> {

  private static final long serialVersionUID = 1L;

  private final transient ApplicationImport imports;

  public ImportLazyModel(ApplicationImport imports) {
    this.imports = imports;
  }

  @Override
  protected String filterOf(Map<String, FilterMeta> filterBy) {
    return WHOLE_LIST;
  }

  @Override
  protected long countOf(String filter) {
    return imports.countRecent();
  }

  @Override
  protected List<ImportStatus> pageOf(String filter, PageRequest page) {
    return imports.recent(page);
  }

  @Override
  protected Object keyOf(ImportStatus row) {
    return row.id();
  }
}
