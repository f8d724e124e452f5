package org.incubator.web.selection;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.incubator.selection.ApplicationImport;
import org.incubator.selection.ImportLine;
import org.incubator.selection.ImportStatus;
import org.incubator.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The refused lines of the import shown, in the order of the sheet, paged by the database; their
 * number is the report's, read with it.
 */
public class RefusedLineLazyModel extends LazyDataModel<ImportLine> {

  private static final long serialVersionUID = 1L;

  private final transient ApplicationImport imports;
  private final transient Supplier<Long> reportId;
  private final transient Supplier<ImportStatus> status;

  public RefusedLineLazyModel(
      ApplicationImport imports, Supplier<Long> reportId, Supplier<ImportStatus> status) {
    this.imports = imports;
    this.reportId = reportId;
    this.status = status;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return status.get() == null ? 0 : status.get().refused();
  }

  @Override
  public List<ImportLine> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    if (reportId.get() == null) {
      return List.of();
    }
    return imports.refusedLines(
        reportId.get(),
        new PageRequest(first, Math.min(pageSize, PageRequest.MAX_SIZE), null, false));
  }

  @Override
  public String getRowKey(ImportLine line) {
    return String.valueOf(line.line());
  }
}
