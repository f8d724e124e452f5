package org.incubator.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.incubator.identity.Role;
import org.incubator.selection.ApplicationImport;
import org.incubator.selection.CallForApplications;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Karim imported a sheet of paper applications into the demo call, through the very import mentors
 * use (so as Karim, a mentor): four people were registered and applied, four lines were refused — a
 * date that does not exist, a province misspelt, a person who had already applied, a line without a
 * last name. The report is kept for him and the administrator to read again on the import page;
 * Nadia, the other mentor, does not see it.
 */
@Stateless
@PermitAll
@RunAs(Role.Names.MENTOR)
@RunAsPrincipal(IdentityDemo.MENTOR)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportDemo {

  private static final Logger LOG = Logger.getLogger(ImportDemo.class.getName());

  static final String FILE_NAME = "candidatures-papier-hay-mohammadi.csv";

  private static final String SHEET =
      String.join(
          "\n",
          "cin;firstName;lastName;birthDate;gender;phone;provinceCode;householdSize;monthlyIncome;education;experienceYears;disability;projectTitle;trade;estimatedBudget;ownContribution",
          "BK300101;Salma;Naciri;12/04/2001;FEMALE;0663100101;CASABLANCA;5;2400;VOCATIONAL;3;NONE;Atelier"
              + " de couture;SEWING_TEXTILE;28000;2800",
          "BK300102;Anas;Filali;03/09/1999;MALE;0663100102;MOHAMMEDIA;6;3000;SECONDARY;4;NONE;Réparation"
              + " de motos;AUTO_MECHANICS;35000;3500",
          "BK300103;Imane;Sebti;31/02/2002;FEMALE;0663100103;SETTAT;4;1800;VOCATIONAL;2;NONE;Salon"
              + " de coiffure;HAIRDRESSING_BEAUTY;20000;2000",
          "BK300104;Hamza;Lahlou;21/07/2000;MALE;0663100104;CASABLANKA;5;2000;VOCATIONAL;1;NONE;Menuiserie;CARPENTRY;30000;3000",
          "BK100137;Fatima"
              + " Zahra;Fassi;14/02/1998;FEMALE;0663100105;CASABLANCA;5;2500;VOCATIONAL;2;NONE;Pâtisserie;FOOD_PROCESSING;25000;2500",
          "BK300106;Omar;;09/10/2002;MALE;0663100106;NOUACEUR;6;2400;VOCATIONAL;2;NONE;Soudure;METALWORK;26000;2600",
          "BK300107;Khadija;Rami;05/01/1984;FEMALE;0663100107;CASABLANCA;4;2000;PRIMARY;1;NONE;Épicerie"
              + " de quartier;RETAIL;18000;1800",
          "BK300108;Mehdi;Haddad;30/11/2003;MALE;0663100108;BERRECHID;7;3500;VOCATIONAL;2;MOTOR;Électricité"
              + " du bâtiment;ELECTRICITY;22000;2200");

  @PersistenceContext private EntityManager em;

  @Inject private ApplicationImport imports;

  /** The sheet imported into the demo call, unless an import was ever made. */
  public void paperApplicationsImported() {
    if (em.createQuery("SELECT COUNT(r) FROM ImportReport r", Long.class).getSingleResult() > 0) {
      return;
    }
    List<CallForApplications> call =
        em.createQuery(
                "SELECT c FROM CallForApplications c ORDER BY c.id", CallForApplications.class)
            .setMaxResults(1)
            .getResultList();
    if (call.isEmpty()) {
      return;
    }
    Long id = imports.start(call.get(0).getId(), FILE_NAME, SHEET.getBytes(StandardCharsets.UTF_8));
    // The lines are imported in the background; the demo is ready once they all are.
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    try {
      while (imports.status(id).running() && Instant.now().isBefore(deadline)) {
        Thread.sleep(100);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (imports.status(id).running()) {
      LOG.warning("The demo import " + id + " was still running when the demo was ready");
    }
  }
}
