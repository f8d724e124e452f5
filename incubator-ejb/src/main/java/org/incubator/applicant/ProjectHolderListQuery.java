package org.incubator.applicant;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.incubator.shared.Like;
import org.incubator.shared.LocalizedName;
import org.incubator.shared.PageRequest;
import org.incubator.shared.Province;

/**
 * The register's list, filtered, sorted and cut into pages by the database, at the cost of a page
 * and not of the register: a page's ids are read from one index in its order (no join, no sort of
 * the whole register), then those rows are read with their names; a page nearer the end is read
 * backwards from the end. The search finds a CIN by its first characters and names by the first
 * letters of their words, on indexes — never by a part in the middle, which would read every row.
 */
@Dependent
class ProjectHolderListQuery {

  /**
   * The orders the register is sorted in, each the order of an index of `project_holder`. Rows that
   * tie are ordered by id, which every secondary index holds after its columns; a CIN never ties,
   * and MariaDB reads its unique index in the order of the CIN alone, not of the CIN and the id.
   */
  enum Sort {
    NAME(true, "lastName", "firstName"),
    FIRST_NAME(true, "firstName", "lastName"),
    CIN(false, "cin.value"),
    REGISTERED(true, "registeredAt");

    private final boolean ties;
    private final List<String> attributes;

    Sort(boolean ties, String... attributes) {
      this.ties = ties;
      this.attributes = List.of(attributes);
    }

    static Sort of(String field) {
      return switch (field == null ? "" : field) {
        case "cin" -> CIN;
        case "firstName" -> FIRST_NAME;
        case "registeredAt" -> REGISTERED;
        default -> NAME;
      };
    }
  }

  private static final Pattern WORDS = Pattern.compile("\\s+");
  private static final int MAX_WORDS = 3;

  @PersistenceContext private EntityManager em;

  List<ProjectHolderSummary> page(ProjectHolderFilter filter, PageRequest page, Locale locale) {
    boolean backwards = page.isNearerTheEnd();
    List<Long> ids = pageIds(filter, page, backwards);
    if (ids.isEmpty()) {
      return List.of();
    }
    String name = LocalizedName.attributeFor(locale);
    Map<Long, ProjectHolderSummary> rows =
        em.createQuery(
                "SELECT NEW org.incubator.applicant.ProjectHolderSummary(h.id, h.cin.value,"
                    + " h.firstName, h.lastName, h.gender, p."
                    + name
                    + ", r."
                    + name
                    + ", h.project.trade, h.project.title, h.registeredAt) FROM ProjectHolder h"
                    + " JOIN h.province p JOIN p.region r WHERE h.id IN :ids",
                ProjectHolderSummary.class)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(Collectors.toMap(ProjectHolderSummary::getId, Function.identity()));
    List<ProjectHolderSummary> ordered = PageRequest.inOrderOf(ids, rows);
    if (backwards) {
      Collections.reverse(ordered);
    }
    return ordered;
  }

  long count(ProjectHolderFilter filter) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<ProjectHolder> holder = query.from(ProjectHolder.class);
    query.select(cb.count(holder)).where(predicates(cb, query, holder, filter));
    return em.createQuery(query).getSingleResult();
  }

  private List<Long> pageIds(ProjectHolderFilter filter, PageRequest page, boolean backwards) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<ProjectHolder> holder = query.from(ProjectHolder.class);
    boolean ascending = page.ascending() != backwards;
    List<Order> orders = new ArrayList<>();
    Sort sort = Sort.of(page.sortField());
    for (String attribute : sort.attributes) {
      Expression<?> key = path(holder, attribute);
      orders.add(ascending ? cb.asc(key) : cb.desc(key));
    }
    if (sort.ties) {
      orders.add(ascending ? cb.asc(holder.get("id")) : cb.desc(holder.get("id")));
    }
    query.select(holder.get("id")).where(predicates(cb, query, holder, filter)).orderBy(orders);
    return em.createQuery(query)
        .setFirstResult(page.rowsToSkip())
        .setMaxResults(page.rowsToRead())
        .getResultList();
  }

  private static Expression<?> path(Root<ProjectHolder> holder, String attribute) {
    String[] parts = attribute.split("\\.");
    var path = holder.get(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      path = path.get(parts[i]);
    }
    return path;
  }

  private static Predicate[] predicates(
      CriteriaBuilder cb,
      CriteriaQuery<?> query,
      Root<ProjectHolder> holder,
      ProjectHolderFilter filter) {
    List<Predicate> where = new ArrayList<>();
    String text = filter.text() == null ? "" : filter.text().strip();
    if (!text.isEmpty()) {
      where.add(matching(cb, holder, text));
    }
    if (filter.provinceCode() != null) {
      where.add(cb.equal(holder.get("province").get("code"), filter.provinceCode()));
    }
    if (filter.regionCode() != null) {
      Subquery<String> provinces = query.subquery(String.class);
      Root<Province> province = provinces.from(Province.class);
      provinces
          .select(province.get("code"))
          .where(cb.equal(province.get("region").get("code"), filter.regionCode()));
      where.add(holder.get("province").get("code").in(provinces));
    }
    if (filter.trade() != null) {
      where.add(cb.equal(holder.get("project").get("trade"), filter.trade()));
    }
    if (filter.gender() != null) {
      where.add(cb.equal(holder.get("gender"), filter.gender()));
    }
    return where.toArray(Predicate[]::new);
  }

  /**
   * Text with a digit is the start of a CIN (a whole CIN included); other text is the first letters
   * of words of the name, each word starting the first or the last name.
   */
  private static Predicate matching(CriteriaBuilder cb, Root<ProjectHolder> holder, String text) {
    if (text.chars().anyMatch(Character::isDigit)) {
      String cin = text.replaceAll("[\\s\\-./]", "").toUpperCase(Locale.ROOT);
      return cb.like(holder.get("cin").get("value"), Like.startingWith(cin), '\\');
    }
    List<String> words = Arrays.stream(WORDS.split(text)).limit(MAX_WORDS).toList();
    List<Predicate> eachWord = new ArrayList<>();
    for (String word : words) {
      eachWord.add(startsFirstOrLastName(cb, holder, word));
    }
    Predicate allWords = cb.and(eachWord.toArray(Predicate[]::new));
    // a first name of two words ("Fatima Zahra") is found typed whole too
    return words.size() == 1
        ? allWords
        : cb.or(startsFirstOrLastName(cb, holder, String.join(" ", words)), allWords);
  }

  private static Predicate startsFirstOrLastName(
      CriteriaBuilder cb, Root<ProjectHolder> holder, String start) {
    return cb.or(
        cb.like(holder.get("firstName"), Like.startingWith(start), '\\'),
        cb.like(holder.get("lastName"), Like.startingWith(start), '\\'));
  }
}
