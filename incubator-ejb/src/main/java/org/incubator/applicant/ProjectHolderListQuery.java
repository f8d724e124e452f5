package org.incubator.applicant;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.incubator.shared.LocalizedName;
import org.incubator.shared.PageRequest;
import org.incubator.shared.Province;
import org.incubator.shared.Region;

/**
 * The register's list, filtered, sorted and cut into pages by the database: one statement counts,
 * one reads a page, whatever the size of the register. Rows are read as summaries, so no entity
 * (and no lazy relation) is loaded behind a page.
 */
@Dependent
class ProjectHolderListQuery {

  @PersistenceContext private EntityManager em;

  List<ProjectHolderSummary> page(ProjectHolderFilter filter, PageRequest page, Locale locale) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    var query = cb.createQuery(ProjectHolderSummary.class);
    Root<ProjectHolder> holder = query.from(ProjectHolder.class);
    Join<ProjectHolder, Province> province = holder.join("province");
    Join<Province, Region> region = province.join("region");
    String name = LocalizedName.attributeFor(locale);
    query.select(
        cb.construct(
            ProjectHolderSummary.class,
            holder.get("id"),
            holder.get("cin").get("value"),
            holder.get("firstName"),
            holder.get("lastName"),
            holder.get("gender"),
            province.get(name),
            region.get(name),
            holder.get("project").get("trade"),
            holder.get("project").get("title"),
            holder.get("registeredAt")));
    query.where(predicates(cb, holder, province, filter));
    query.orderBy(order(cb, holder, province, name, page));
    return em.createQuery(query)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  long count(ProjectHolderFilter filter) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    var query = cb.createQuery(Long.class);
    Root<ProjectHolder> holder = query.from(ProjectHolder.class);
    Join<ProjectHolder, Province> province = holder.join("province");
    query.select(cb.count(holder)).where(predicates(cb, holder, province, filter));
    return em.createQuery(query).getSingleResult();
  }

  private static Predicate[] predicates(
      CriteriaBuilder cb,
      Root<ProjectHolder> holder,
      Join<ProjectHolder, Province> province,
      ProjectHolderFilter filter) {
    List<Predicate> where = new ArrayList<>();
    if (filter.text() != null && !filter.text().isBlank()) {
      String pattern = "%" + escapeLike(filter.text().strip()) + "%";
      String cinPattern =
          "%" + escapeLike(filter.text().replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT)) + "%";
      where.add(
          cb.or(
              cb.like(holder.get("firstName"), pattern, '\\'),
              cb.like(holder.get("lastName"), pattern, '\\'),
              cb.like(holder.get("cin").get("value"), cinPattern, '\\')));
    }
    if (filter.provinceCode() != null) {
      where.add(cb.equal(province.get("code"), filter.provinceCode()));
    }
    if (filter.regionCode() != null) {
      where.add(cb.equal(province.get("region").get("code"), filter.regionCode()));
    }
    if (filter.trade() != null) {
      where.add(cb.equal(holder.get("project").get("trade"), filter.trade()));
    }
    if (filter.gender() != null) {
      where.add(cb.equal(holder.get("gender"), filter.gender()));
    }
    return where.toArray(Predicate[]::new);
  }

  private static List<Order> order(
      CriteriaBuilder cb,
      Root<ProjectHolder> holder,
      Join<ProjectHolder, Province> province,
      String name,
      PageRequest page) {
    List<Expression<?>> keys =
        switch (page.sortField() == null ? "" : page.sortField()) {
          case "cin" -> List.of(holder.get("cin").get("value"));
          case "firstName" -> List.of(holder.get("firstName"), holder.get("lastName"));
          case "provinceName" -> List.of(province.get(name), holder.get("lastName"));
          case "trade" -> List.of(holder.get("project").get("trade"), holder.get("lastName"));
          case "registeredAt" -> List.of(holder.get("registeredAt"));
          default -> List.of(holder.get("lastName"), holder.get("firstName"));
        };
    List<Order> orders = new ArrayList<>();
    for (Expression<?> key : keys) {
      orders.add(page.ascending() ? cb.asc(key) : cb.desc(key));
    }
    Path<Long> id = holder.get("id");
    orders.add(cb.asc(id));
    return orders;
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
