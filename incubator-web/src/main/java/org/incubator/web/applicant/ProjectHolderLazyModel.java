package org.incubator.web.applicant;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.incubator.applicant.Gender;
import org.incubator.applicant.ProjectHolderFilter;
import org.incubator.applicant.ProjectHolderRegister;
import org.incubator.applicant.ProjectHolderSummary;
import org.incubator.applicant.Trade;
import org.incubator.shared.PageRequest;
import org.incubator.web.shared.DatabaseLazyModel;
import org.primefaces.model.FilterMeta;

/** The register's table: every page, sort and filter goes to the database through the register. */
public class ProjectHolderLazyModel
    extends DatabaseLazyModel<ProjectHolderSummary, ProjectHolderFilter> {

  private static final long serialVersionUID = 1L;

  private final transient ProjectHolderRegister register;
  private final Locale locale;

  public ProjectHolderLazyModel(ProjectHolderRegister register, Locale locale) {
    this.register = register;
    this.locale = locale;
  }

  @Override
  protected ProjectHolderFilter filterOf(Map<String, FilterMeta> filterBy) {
    return filter(filterBy);
  }

  @Override
  protected long countOf(ProjectHolderFilter filter) {
    return register.count(filter);
  }

  @Override
  protected List<ProjectHolderSummary> pageOf(ProjectHolderFilter filter, PageRequest page) {
    return register.list(filter, page, locale);
  }

  @Override
  protected Object keyOf(ProjectHolderSummary row) {
    return row.getId();
  }

  static ProjectHolderFilter filter(Map<String, FilterMeta> filterBy) {
    return new ProjectHolderFilter(
        text(filterBy, FilterMeta.GLOBAL_FILTER_KEY),
        text(filterBy, "regionName"),
        text(filterBy, "provinceName"),
        value(filterBy, "trade", Trade.class),
        value(filterBy, "gender", Gender.class));
  }

  private static String text(Map<String, FilterMeta> filterBy, String field) {
    FilterMeta meta = filterBy.get(field);
    if (meta == null || meta.getFilterValue() == null) {
      return null;
    }
    String text = meta.getFilterValue().toString();
    return text.isBlank() ? null : text;
  }

  private static <E extends Enum<E>> E value(
      Map<String, FilterMeta> filterBy, String field, Class<E> type) {
    FilterMeta meta = filterBy.get(field);
    if (meta == null || meta.getFilterValue() == null) {
      return null;
    }
    Object value = meta.getFilterValue();
    if (type.isInstance(value)) {
      return type.cast(value);
    }
    String name = value.toString();
    return name.isBlank() ? null : Enum.valueOf(type, name);
  }
}
