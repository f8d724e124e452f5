package org.incubator.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.incubator.coaching.BusinessLaunch;
import org.incubator.coaching.LaunchDetails;
import org.incubator.coaching.LegalForm;
import org.incubator.coaching.Mentorship;
import org.incubator.grant.GrantRequest;
import org.incubator.grant.GrantStatus;
import org.incubator.shared.Province;
import org.incubator.training.JourneyStage;
import org.incubator.training.Participant;

/**
 * The demo's coaching: a lead mentor for the people who follow the programme (two of this year's
 * cohort still waiting for one, one person handed from Karim to Nadia), and three businesses of
 * last year's cohort launched — one recorded by the mentor who prepared the person's grant and
 * waiting for a second mentor, one recorded by its lead mentor alone, one not registered yet.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CoachingDemo {

  private static final ZoneId ZONE = ZoneId.of("Africa/Casablanca");

  @PersistenceContext private EntityManager em;

  public void leadMentorsAndLaunches() {
    if (em.createQuery("SELECT COUNT(m) FROM Mentorship m", Long.class).getSingleResult() > 0) {
      return;
    }
    List<Participant> active =
        em.createQuery(
                "SELECT p FROM Participant p WHERE p.stage IN :active ORDER BY p.id",
                Participant.class)
            .setParameter("active", activeStages())
            .getResultList();
    List<Participant> thisYear =
        active.stream().filter(p -> p.getCohort().getName().equals(TrainingDemo.COHORT)).toList();
    List<Participant> waiting = thisYear.subList(Math.max(0, thisYear.size() - 2), thisYear.size());
    List<Participant> launching = launching(active);
    int i = 0;
    for (Participant person : active) {
      if (waiting.contains(person)) {
        continue;
      }
      int turn = launching.indexOf(person);
      String lead =
          turn >= 0
              ? LAUNCH_LEADS[turn]
              : i++ % 3 == 2 ? IdentityDemo.SECOND_MENTOR : IdentityDemo.MENTOR;
      Instant admitted = person.getJourney().get(0).getAt();
      em.persist(
          Mentorship.led(
              person, lead, null, IdentityDemo.ADMIN, admitted.plus(Duration.ofDays(1))));
    }
    em.flush();
    if (launching.size() == 4) {
      launches(launching);
    }
  }

  /** The lead mentors of the four people of {@link #launching}, in its order. */
  private static final String[] LAUNCH_LEADS = {
    IdentityDemo.MENTOR, IdentityDemo.SECOND_MENTOR, IdentityDemo.MENTOR, IdentityDemo.MENTOR
  };

  /**
   * Four people of last year's cohort whose business may start: the one whose grant is approved
   * (prepared by Karim), two others, and the one handed from Karim to Nadia; none if the cohort is
   * not there.
   */
  private List<Participant> launching(List<Participant> active) {
    List<Participant> lastYear =
        active.stream()
            .filter(p -> p.getCohort().getName().equals(TrainingDemo.TRAINED_COHORT))
            .filter(p -> p.getStage().next().contains(JourneyStage.LAUNCHED))
            .toList();
    if (lastYear.size() < 4) {
      return List.of();
    }
    Participant granted =
        em.createQuery(
                "SELECT r FROM GrantRequest r WHERE r.application.cohort.name = :cohort AND"
                    + " r.status = :approved ORDER BY r.id",
                GrantRequest.class)
            .setParameter("cohort", TrainingDemo.TRAINED_COHORT)
            .setParameter("approved", GrantStatus.APPROVED)
            .getResultStream()
            .findFirst()
            .flatMap(
                r ->
                    lastYear.stream()
                        .filter(p -> p.getApplication().equals(r.getApplication()))
                        .findFirst())
            .orElse(lastYear.get(0));
    // whoever signs in to the demo keeps the stage the demo's other parts show them at
    List<Participant> others =
        lastYear.stream()
            .filter(p -> !p.equals(granted) && p.getHolder().getAccount().isEmpty())
            .toList();
    if (others.size() < 3) {
      return List.of();
    }
    return List.of(granted, others.get(0), others.get(1), others.get(others.size() - 1));
  }

  private void launches(List<Participant> launching) {
    // the grant's preparer records the launch: it waits for a second mentor
    launch(
        launching.get(0),
        LegalForm.AUTO_ENTREPRENEUR,
        "AE-2026-118204",
        "Derb Sultan, rue 14 n° 9",
        "Atelier de couture et retouches",
        12,
        IdentityDemo.MENTOR);
    // recorded by its lead mentor, who prepared no grant: it counts at once
    launch(
        launching.get(1),
        LegalForm.SARL_AU,
        "RC 512347",
        "Hay Mohammadi, bloc C n° 21",
        "Menuiserie : meubles sur mesure et réparations",
        30,
        IdentityDemo.SECOND_MENTOR);
    launch(
        launching.get(2),
        LegalForm.NOT_REGISTERED,
        null,
        "Souk Hay Mohammadi, stand 7",
        "Traiteur : plats pour les fêtes et les bureaux",
        5,
        IdentityDemo.MENTOR);
    Mentorship handedOver = mentorshipOf(launching.get(3));
    handedOver.handTo(
        IdentityDemo.SECOND_MENTOR,
        "La charge de Karim a dépassé le plafond après la rentrée.",
        IdentityDemo.ADMIN,
        handedOver.getSince().plus(Duration.ofDays(40)));
  }

  private void launch(
      Participant person,
      LegalForm form,
      String number,
      String address,
      String activity,
      int daysAgo,
      String by) {
    var details = new LaunchDetails();
    details.setLegalForm(form);
    details.setRegistrationNumber(number);
    LocalDate started = LocalDate.now(ZONE).minusDays(daysAgo);
    details.setStartedOn(started);
    details.setAddress(address);
    details.setActivity(activity);
    Province casablanca = em.find(Province.class, "CASABLANCA");
    em.persist(
        BusinessLaunch.recorded(
            person,
            details,
            casablanca,
            LocalDate.now(ZONE),
            by,
            started.plusDays(1).atTime(17, 30).atZone(ZONE).toInstant()));
  }

  private Mentorship mentorshipOf(Participant person) {
    return em.createQuery(
            "SELECT m FROM Mentorship m WHERE m.participant = :person", Mentorship.class)
        .setParameter("person", person)
        .getSingleResult();
  }

  private static List<JourneyStage> activeStages() {
    return List.of(JourneyStage.values()).stream().filter(JourneyStage::isActive).toList();
  }
}
