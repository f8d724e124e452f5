package org.incubator.web.selection;

import java.util.List;
import java.util.Map;
import org.incubator.selection.ApplicationImport;
import org.incubator.selection.ImportStatus;
import org.incubator.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The imports the reader may see, the latest first, paged by the database. */
public class ImportLazyModel extends LazyDataModel<ImportStatus> {

  private static final long serialVersionUID = 1L;

  private final transient ApplicationImport imports;

  public ImportLazyModel(ApplicationImport imports) {
    this.imports = imports;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(imports.countRecent());
  }

  @Override
  public List<ImportStatus> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return imports.recent(
        new PageRequest(first, Math.min(pageSize, PageRequest.MAX_SIZE), null, false));
  }

  @Override
  public String getRowKey(ImportStatus row) {
    return String.valueOf(row.id());
  }
}
