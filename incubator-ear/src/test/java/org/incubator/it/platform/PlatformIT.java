package org.incubator.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.incubator.applicant.ProjectHolder;
import org.incubator.applicant.ProjectHolderRegister;
import org.incubator.it.support.AsMentor;
import org.incubator.it.support.Deployments;
import org.incubator.it.support.Holders;
import org.incubator.it.support.PersistenceProbe;
import org.incubator.shared.ReferenceData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ground the application stands on: EclipseLink as provider, woven entities, the migrated
 * schema.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport(PlatformIT.class);
  }

  @EJB(lookup = PersistenceProbe.JNDI)
  PersistenceProbe persistence;

  @Resource(lookup = "java:jboss/datasources/IncubatorDS")
  DataSource dataSource;

  @EJB(lookup = "java:global/incubator/incubator-ejb/ProjectHolderRegister")
  ProjectHolderRegister register;

  @EJB(lookup = AsMentor.JNDI)
  AsMentor asMentor;

  @EJB(lookup = "java:global/incubator/incubator-ejb/ReferenceData")
  ReferenceData referenceData;

  @Test
  void thePersistenceProviderIsEclipseLink() {
    assertTrue(
        persistence.providerClass().startsWith("org.eclipse.persistence."),
        "provider: " + persistence.providerClass());
  }

  @Test
  void everyMigrationIsAppliedAndTheReferenceDataIsThere() throws Exception {
    List<String> applied =
        column(
            "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank");
    assertTrue(applied.size() >= 4, "applied: " + applied);
    assertEquals(
        java.util.stream.IntStream.rangeClosed(1, applied.size())
            .mapToObj(String::valueOf)
            .toList(),
        applied);
    assertEquals(
        List.of("0"), column("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0"));
    assertEquals(List.of("12"), column("SELECT COUNT(*) FROM region"));
    assertEquals(List.of("75"), column("SELECT COUNT(*) FROM province"));
    assertEquals(List.of("9"), column("SELECT COUNT(*) FROM province WHERE region_code = 'MA-06'"));
  }

  @Test
  void regionsAndProvincesAreReadOnceThenKept() throws Exception {
    referenceData.provinces(Locale.FRENCH);
    referenceData.regions(Locale.FRENCH);
    var again = persistence.during(() -> referenceData.provinces(new Locale("ar")));
    assertEquals(75, again.result().size());
    assertEquals(List.of(), again.statements(), "provinces read again from the database");
    var regions = persistence.during(() -> referenceData.regions(Locale.ENGLISH));
    assertEquals(12, regions.result().size());
    assertEquals(List.of(), regions.statements(), "regions read again from the database");
  }

  @Test
  void entitiesAreWovenSoLazyRelationsStayLazy() throws Exception {
    assertTrue(
        org.eclipse.persistence.internal.weaving.PersistenceWeaved.class.isAssignableFrom(
            ProjectHolder.class),
        "ProjectHolder is not woven");
    Long id = asMentor.call(() -> register.register(Holders.details("LZ4401", "Amina", "Lazy")));
    ProjectHolder holder = asMentor.call(() -> register.getHolder(id));
    assertFalse(persistence.isLoaded(holder, "province"), "province was fetched eagerly");
  }

  @Test
  void passwordsAreKeptOnlyAsPbkdf2Sha512HashesWith210000Iterations() throws Exception {
    List<String> hashes = column("SELECT password_hash FROM user_account");
    assertFalse(hashes.isEmpty());
    for (String hash : hashes) {
      String[] parts = hash.split(":");
      assertEquals("PBKDF2WithHmacSHA512", parts[0], hash);
      assertTrue(Integer.parseInt(parts[1]) >= 210_000, hash);
      assertFalse(hash.contains("Incubator-2026"));
    }
    assertEquals(
        hashes.size(), hashes.stream().distinct().count(), "every password has its own salt");
  }

  private List<String> column(String sql) throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    }
  }
}
