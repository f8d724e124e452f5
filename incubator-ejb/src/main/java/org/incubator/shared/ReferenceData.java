package org.incubator.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The regions and provinces of Morocco, in the order a person looks for them: by name. */
@Stateless
@PermitAll
public class ReferenceData {

  @PersistenceContext private EntityManager em;

  public List<Region> regions(Locale locale) {
    return em.createQuery("SELECT r FROM Region r", Region.class).getResultList().stream()
        .sorted(Comparator.comparing(r -> r.getName(locale)))
        .toList();
  }

  public List<Province> provinces(Locale locale) {
    return em
        .createQuery("SELECT p FROM Province p JOIN FETCH p.region", Province.class)
        .getResultList()
        .stream()
        .sorted(Comparator.comparing(p -> p.getName(locale)))
        .toList();
  }

  public Optional<Province> findProvince(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(em.find(Province.class, code));
  }
}
