package org.incubator.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.incubator.applicant.Trade;
import org.incubator.coaching.ActionDetails;
import org.incubator.coaching.ActionItem;
import org.incubator.coaching.ActionOwner;
import org.incubator.coaching.BusinessLaunch;
import org.incubator.coaching.CoachingKind;
import org.incubator.coaching.CoachingSession;
import org.incubator.coaching.Counterpart;
import org.incubator.coaching.DealOutcome;
import org.incubator.coaching.LaunchDetails;
import org.incubator.coaching.LegalForm;
import org.incubator.coaching.MeetingPlace;
import org.incubator.coaching.MeetingStatus;
import org.incubator.coaching.Mentorship;
import org.incubator.coaching.SessionDetails;
import org.incubator.grant.GrantRequest;
import org.incubator.grant.GrantStatus;
import org.incubator.shared.CentreTime;
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

  private static final ZoneId ZONE = CentreTime.ZONE;

  @PersistenceContext private EntityManager em;

  public void leadMentorsAndLaunches() {
    if (em.createQuery("SELECT COUNT(m) FROM Mentorship m", Long.class).getSingleResult() > 0) {
      return;
    }
    List<Participant> active =
        em.createQuery(
                "SELECT p FROM Participant p WHERE p.stage IN :active ORDER BY p.id",
                Participant.class)
            .setParameter("active", JourneyStage.active())
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
        12,
        IdentityDemo.MENTOR);
    // recorded by its lead mentor, who prepared no grant: it counts at once
    launch(
        launching.get(1),
        LegalForm.SARL_AU,
        "RC 512347",
        "Hay Mohammadi, bloc C n° 21",
        30,
        IdentityDemo.SECOND_MENTOR);
    launch(
        launching.get(2),
        LegalForm.NOT_REGISTERED,
        null,
        "Souk Hay Mohammadi, stand 7",
        5,
        IdentityDemo.MENTOR);
    Mentorship handedOver = mentorshipOf(launching.get(3));
    handedOver.handTo(
        IdentityDemo.SECOND_MENTOR,
        "La charge de Karim a dépassé le plafond après la rentrée.",
        IdentityDemo.ADMIN,
        handedOver.getSince().plus(Duration.ofDays(40)));
  }

  /**
   * Months of coaching for last year's cohort: sessions of all five kinds every two or three weeks
   * since the training ended (a business-relations one that brought an order, a no-show, one
   * cancelled), the next ones planned, actions done, open and overdue — and one person nobody has
   * seen for two months. Loaded when the demo has no session yet.
   */
  public void sessionsAndActions() {
    if (em.createQuery("SELECT COUNT(s) FROM CoachingSession s", Long.class).getSingleResult()
        > 0) {
      return;
    }
    List<Mentorship> led =
        em.createQuery(
                "SELECT m FROM Mentorship m WHERE m.participant.cohort.name = :cohort AND"
                    + " m.participant.stage IN :active ORDER BY m.participant.id",
                Mentorship.class)
            .setParameter("cohort", TrainingDemo.TRAINED_COHORT)
            .setParameter("active", JourneyStage.active())
            .getResultList();
    if (led.size() < 4) {
      return;
    }
    LocalDate today = CentreTime.today();
    CoachingKind[] rhythm = {
      CoachingKind.FOLLOW_UP,
      CoachingKind.CONSULTING,
      CoachingKind.COACHING,
      CoachingKind.FOLLOW_UP,
      CoachingKind.BUSINESS_RELATIONS,
      CoachingKind.EVALUATION_VISIT
    };
    for (int p = 0; p < led.size(); p++) {
      Mentorship mentorship = led.get(p);
      Participant person = mentorship.getParticipant();
      String mentor = mentorship.getLeadMentor();
      // the last one has not been seen for two months
      int lastSeen = p == led.size() - 1 ? 62 : 3 + p * 2;
      LocalDate day = today.minusDays(lastSeen + 90L);
      int k = p;
      CoachingSession last = null;
      while (!day.isAfter(today.minusDays(lastSeen))) {
        CoachingKind kind = rhythm[k++ % rhythm.length];
        SessionDetails details = SessionDetails.followUpNow(day, LocalTime.of(9 + k % 6, 30));
        details.setKind(kind);
        details.setPlace(
            kind == CoachingKind.CONSULTING ? MeetingPlace.AT_CENTRE : MeetingPlace.AT_BUSINESS);
        details.setMinutes(kind == CoachingKind.EVALUATION_VISIT ? 90 : 45);
        details.setTopics(TOPICS[k % TOPICS.length]);
        if (kind.isWithCounterpart()) {
          details.setCounterpart(Counterpart.SUPPLIER);
          details.setCounterpartName("Textiles du Maarif");
          details.setOutcome(k % 2 == 0 ? DealOutcome.ORDER : DealOutcome.NONE);
          details.setOutcomeValue(new BigDecimal("4800.00"));
        }
        Instant at = day.atTime(details.getStartsAt()).atZone(ZONE).toInstant();
        CoachingSession session = CoachingSession.planned(person, details, mentor, mentor, at);
        if (k % 7 == 3) {
          session.miss(MeetingStatus.NO_SHOW, null, mentor, at.plus(Duration.ofHours(1)));
        } else if (k % 11 == 5) {
          session.miss(
              MeetingStatus.CANCELLED,
              "Atelier fermé : fête familiale",
              mentor,
              at.minusSeconds(3600));
        } else {
          session.hold(details, today, mentor, at.plus(Duration.ofMinutes(details.getMinutes())));
          last = session;
        }
        em.persist(session);
        day = day.plusDays(14 + (k % 3) * 3L);
      }
      if (last != null) {
        agree(last, "Relancer les deux clients qui n’ont pas payé", ActionOwner.ENTREPRENEUR, 7);
        agree(last, "Tenir le cahier de caisse chaque soir", ActionOwner.ENTREPRENEUR, 30);
        agree(last, "Présenter la banque partenaire", ActionOwner.MENTOR, 10);
      }
      // the next visit, planned
      if (p < led.size() - 1) {
        SessionDetails next =
            SessionDetails.followUpNow(today.plusDays(1 + p % 6), LocalTime.of(10, 0));
        em.persist(
            CoachingSession.planned(person, next, mentor, mentor, Instant.now().minusSeconds(60)));
      }
    }
    em.flush();
    // a few done, one dropped: the rest stay open, those due before today overdue
    List<ActionItem> agreed =
        em.createQuery("SELECT a FROM ActionItem a ORDER BY a.id", ActionItem.class)
            .getResultList();
    for (int i = 0; i < agreed.size(); i++) {
      ActionItem item = agreed.get(i);
      Instant closed =
          item.getSession().getDay().plusDays(3).atTime(18, 0).atZone(ZONE).toInstant();
      if (i % 5 == 1) {
        item.done(
            item.getOwner() == ActionOwner.ENTREPRENEUR, item.getSession().getMentor(), closed);
      } else if (i % 9 == 4) {
        item.drop("Le client a payé de lui-même", item.getSession().getMentor(), closed);
      }
    }
  }

  private static final String[] TOPICS = {
    "Stock, prix de vente et premières commandes",
    "Cahier de caisse et marge",
    "Confiance en soi face aux clients",
    "Organisation de l’atelier",
    "Rencontre avec un fournisseur de tissu",
    "Chiffre du mois et objectifs"
  };

  private void agree(CoachingSession session, String what, ActionOwner owner, int days) {
    em.persist(
        ActionItem.agreed(
            session,
            new ActionDetails(what, owner, session.getDay().plusDays(days)),
            0,
            session.getMentor(),
            session.getDay().atTime(session.getStartsAt()).atZone(ZONE).toInstant()));
  }

  private void launch(
      Participant person, LegalForm form, String number, String address, int daysAgo, String by) {
    var details = new LaunchDetails();
    details.setLegalForm(form);
    details.setRegistrationNumber(number);
    LocalDate started = CentreTime.today().minusDays(daysAgo);
    details.setStartedOn(started);
    details.setAddress(address);
    details.setActivity(activityOf(person.getHolder().getProject().getTrade()));
    Province casablanca = em.find(Province.class, "CASABLANCA");
    em.persist(
        BusinessLaunch.recorded(
            person,
            details,
            casablanca,
            CentreTime.today(),
            by,
            started.plusDays(1).atTime(17, 30).atZone(ZONE).toInstant()));
  }

  /** What a business of the trade the person trained for does, as its mentor writes it. */
  private static String activityOf(Trade trade) {
    return switch (trade) {
      case SEWING_TEXTILE -> "Atelier de couture et retouches";
      case CARPENTRY -> "Menuiserie : meubles sur mesure et réparations";
      case CATERING -> "Traiteur : plats pour les fêtes et les bureaux";
      case ELECTRICITY -> "Installations électriques et dépannage à domicile";
      case HAIRDRESSING_BEAUTY -> "Salon de coiffure et d’esthétique";
      case AUTO_MECHANICS -> "Garage : vidange, freins et diagnostic";
      case FOOD_PROCESSING -> "Pâtisserie marocaine et produits du terroir";
      case DIGITAL_SERVICES -> "Services numériques : impression, saisie, réparation de téléphones";
      default -> "Commerce de proximité";
    };
  }

  private Mentorship mentorshipOf(Participant person) {
    return em.createQuery(
            "SELECT m FROM Mentorship m WHERE m.participant = :person", Mentorship.class)
        .setParameter("person", person)
        .getSingleResult();
  }
}
