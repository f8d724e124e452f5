package org.incubator.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The regions and provinces of Morocco, in the order a person looks for them: by name. Only the
 * migrations change them, so they are read once and kept: a page with a province filter asks for
 * them at each request.
 */
@Singleton
@Lock(LockType.READ)
@PermitAll
public class ReferenceData {

  @PersistenceContext private EntityManager em;

  private volatile List<Region> regions;
  private volatile List<Province> provinces;

  public List<Region> regions(Locale locale) {
    if (regions == null) {
      regions = List.copyOf(em.createQuery("SELECT r FROM Region r", Region.class).getResultList());
    }
    return regions.stream().sorted(Comparator.comparing(r -> r.getName(locale))).toList();
  }

  public List<Province> provinces(Locale locale) {
    if (provinces == null) {
      provinces =
          List.copyOf(
              em.createQuery("SELECT p FROM Province p JOIN FETCH p.region", Province.class)
                  .getResultList());
    }
    return provinces.stream().sorted(Comparator.comparing(p -> p.getName(locale))).toList();
  }

  public Optional<Province> findProvince(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(em.find(Province.class, code));
  }
}
