package org.incubator.demo;

import static org.incubator.demo.IdentityDemo.LOADER;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.incubator.applicant.Trade;
import org.incubator.shared.CentreTime;
import org.incubator.shared.Money;
import org.incubator.shared.TitlesInThreeLanguages;
import org.incubator.starterkit.AllocationLine;
import org.incubator.starterkit.Delivery;
import org.incubator.starterkit.HandoverCompletion;
import org.incubator.starterkit.KitAllocation;
import org.incubator.starterkit.KitArticle;
import org.incubator.starterkit.KitHandover;
import org.incubator.starterkit.KitReturn;
import org.incubator.starterkit.KitTemplate;
import org.incubator.starterkit.KitUnit;
import org.incubator.starterkit.ReturnDetails;
import org.incubator.starterkit.SpotCheck;
import org.incubator.starterkit.StockKeeping;
import org.incubator.starterkit.Supplier;
import org.incubator.starterkit.SupplierDetails;
import org.incubator.starterkit.Tracking;
import org.incubator.starterkit.UnitStatus;
import org.incubator.training.JourneyStep;
import org.incubator.training.Participant;

/**
 * The demo's starter kits: suppliers, a kit for each trade of the demo's people, two deliveries
 * (sewing machines short for this year's cohort), and last year's trained cohort at every stage of
 * its kits — handed over and confirmed on the phone (Amina, who signs in as "amina.saidi"), signed
 * on the mentor's screen, one whose spot check missed a tool, one whose compressor came back to the
 * shelves, one waiting for the person's phone, one reserved, one waiting for stock — and Rachid's
 * kit reserved while he trains.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class StarterKitDemo {

  private static final ZoneId ZONE = CentreTime.ZONE;
  private static final String PLACE = "Centre Hay Mohammadi, magasin";

  /** Article: Arabic, French, English, SERIAL or COUNTED, unit cost. */
  private static final Map<Trade, String[][]> KITS = new HashMap<>();

  static {
    KITS.put(
        Trade.SEWING_TEXTILE,
        new String[][] {
          {
            "ماكينة خياطة صناعية",
            "Machine à coudre industrielle",
            "Industrial sewing machine",
            "SERIAL",
            "4200"
          },
          {"آلة الحواشي", "Surjeteuse", "Overlocker", "SERIAL", "3100"},
          {"مقص خياطة", "Ciseaux de tailleur", "Tailor's scissors", "COUNTED", "85.50"},
          {"علبة خيوط", "Boîte de fils", "Box of threads", "COUNTED", "120"}
        });
    KITS.put(
        Trade.CARPENTRY,
        new String[][] {
          {"منشار كهربائي", "Scie sauteuse", "Jigsaw", "SERIAL", "1450"},
          {"مثقاب لاسلكي", "Perceuse sans fil", "Cordless drill", "SERIAL", "1280"},
          {"طقم أزاميل", "Jeu de ciseaux à bois", "Set of chisels", "COUNTED", "390"}
        });
    KITS.put(
        Trade.CATERING,
        new String[][] {
          {"فرن مهني", "Four professionnel", "Professional oven", "SERIAL", "5200"},
          {"طقم قدور", "Batterie de cuisine", "Set of pans", "COUNTED", "950"}
        });
    KITS.put(
        Trade.HAIRDRESSING_BEAUTY,
        new String[][] {
          {
            "مجفف شعر مهني",
            "Sèche-cheveux professionnel",
            "Professional hair dryer",
            "SERIAL",
            "890"
          },
          {"كرسي حلاقة", "Fauteuil de coiffure", "Salon chair", "SERIAL", "2300"},
          {"طقم مقصات", "Trousse de ciseaux", "Set of scissors", "COUNTED", "420"}
        });
    KITS.put(
        Trade.AUTO_MECHANICS,
        new String[][] {
          {"ضاغط هواء", "Compresseur", "Air compressor", "SERIAL", "3600"},
          {"طقم مفاتيح", "Coffret de clés", "Set of spanners", "COUNTED", "780"}
        });
    KITS.put(
        Trade.FOOD_PROCESSING,
        new String[][] {
          {"عجّانة", "Pétrin", "Dough mixer", "SERIAL", "6400"},
          {"ميزان إلكتروني", "Balance électronique", "Electronic scale", "SERIAL", "650"}
        });
    KITS.put(
        Trade.DIGITAL_SERVICES,
        new String[][] {
          {"حاسوب محمول", "Ordinateur portable", "Laptop", "SERIAL", "6900"},
          {"طابعة", "Imprimante", "Printer", "SERIAL", "1900"}
        });
    KITS.put(
        Trade.ELECTRICITY,
        new String[][] {
          {"جهاز قياس متعدد", "Multimètre", "Multimeter", "SERIAL", "560"},
          {
            "طقم أدوات الكهربائي",
            "Caisse à outils d'électricien",
            "Electrician's toolbox",
            "COUNTED",
            "1150"
          }
        });
  }

  @PersistenceContext private EntityManager em;

  @Inject private StockKeeping keeping;

  @Inject private HandoverCompletion completion;

  public void kitsInEveryStage() {
    if (em.createQuery("SELECT COUNT(a) FROM KitArticle a", Long.class).getSingleResult() > 0) {
      return;
    }
    List<Participant> trained = people(TrainingDemo.TRAINED_COHORT);
    if (trained.size() < 8) {
      return;
    }
    keeping.lock();
    Instant trainedOn = trained.get(0).getSince();
    LocalDate day = trainedOn.atZone(ZONE).toLocalDate();

    Supplier atlas = supplier("Atlas Outillage", "0522 44 55 66", "Bd Mohammed VI, Casablanca");
    Supplier maarif =
        supplier("Textiles du Maarif", "0522 23 91 07", "Rue Ibnou Mounir, Maârif, Casablanca");
    supplier("Quincaillerie Derb Omar", "0522 30 12 88", "Derb Omar, Casablanca");

    Map<Trade, KitTemplate> kits = new HashMap<>();
    Map<String, KitArticle> articles = new HashMap<>();
    for (var kit : KITS.entrySet()) {
      KitTemplate template = KitTemplate.draftAfter(kit.getKey(), null);
      for (String[] line : kit.getValue()) {
        var article =
            new KitArticle(
                new TitlesInThreeLanguages(line[0], line[1], line[2]), Tracking.valueOf(line[3]));
        em.persist(article);
        articles.put(line[2], article);
        template.put(article, 1, Money.mad(line[4]));
      }
      template.publish("Kit de départ", "admin", trainedOn.minus(Duration.ofDays(60)));
      em.persist(template);
      kits.put(kit.getKey(), template);
    }
    em.flush();

    // two deliveries: everything four months ago from Atlas, the fabric trades' second lot later
    Instant first = trainedOn.minus(Duration.ofDays(20));
    var fromAtlas = new Delivery(atlas, day.minusDays(20), "BL-2025-0412", "admin", first);
    em.persist(fromAtlas);
    for (var entry : articles.entrySet()) {
      KitArticle article = entry.getValue();
      boolean laptop = entry.getKey().equals("Laptop");
      boolean sewing = entry.getKey().equals("Industrial sewing machine");
      int quantity = laptop ? 0 : sewing ? 2 : article.isSerialTracked() ? 3 : 10;
      if (quantity > 0) {
        receive(fromAtlas, article, quantity, "A", first);
      }
    }
    Instant second = trainedOn.minus(Duration.ofDays(5));
    var fromMaarif = new Delivery(maarif, day.minusDays(5), "TM-7781", "admin", second);
    em.persist(fromMaarif);
    receive(fromMaarif, articles.get("Box of threads"), 20, "B", second);
    receive(fromMaarif, articles.get("Printer"), 1, "B", second);
    em.flush();

    // last year's cohort: a kit each, in order of admission
    Map<String, KitAllocation> allocations = new HashMap<>();
    for (Participant person : trained) {
      Trade trade = person.getHolder().getProject().getTrade();
      var allocation =
          new KitAllocation(
              person,
              kits.get(trade),
              admittedAt(person),
              "mentor",
              trainedOn.plus(Duration.ofDays(1)));
      em.persist(allocation);
      allocations.put(person.getHolder().getFirstName(), allocation);
    }
    em.flush();
    keeping.serveWaiting();
    em.flush();

    handOver(
        allocations.get("Amina"), trainedOn.plus(Duration.ofDays(6)), null, IdentityDemo.EQUIPPED);
    handOver(allocations.get("Youssef"), trainedOn.plus(Duration.ofDays(6)), signature(1), null);
    handOver(
        allocations.get("Fatima Zahra"), trainedOn.plus(Duration.ofDays(7)), signature(2), null);
    KitHandover anas =
        handOver(allocations.get("Anas"), trainedOn.plus(Duration.ofDays(7)), signature(3), null);
    handOver(allocations.get("Salma"), trainedOn.plus(Duration.ofDays(30)), null, null);
    em.flush();

    // Youssef's jigsaw was not at the workshop on the mentor's visit
    Participant youssef = allocations.get("Youssef").getParticipant();
    List<KitUnit> youssefsTools = unitsOf(youssef);
    em.persist(
        new SpotCheck(
            youssef,
            CentreTime.today().minusDays(9),
            youssefsTools,
            youssefsTools.stream()
                .filter(u -> !u.getArticle().getNames().english().equals("Jigsaw"))
                .map(KitUnit::getId)
                .toList(),
            "L’atelier était ouvert ; la scie sauteuse n’y était pas, prêtée à un cousin selon"
                + " lui.",
            "mentor",
            Instant.now().minus(Duration.ofDays(9))));

    // Anas closed his garage: his compressor came back in good condition, on the shelves again
    for (KitUnit unit : anas.getUnits()) {
      Instant back = Instant.now().minus(Duration.ofDays(12));
      em.persist(
          new KitReturn(
              unit,
              unit.getParticipant(),
              ReturnDetails.of(
                  back.atZone(ZONE).toLocalDate(),
                  "Anas Chraibi",
                  true,
                  "Bon état, révisé",
                  signature(4)),
              "mentor",
              back));
      em.persist(unit.moveTo(UnitStatus.IN_STOCK, "Bon état, révisé", "mentor", back));
      KitArticle article = unit.getArticle();
      article.moveTo(article.getStock().giveBack(true));
    }
    em.flush();

    // Rachid, training this year, has his kit reserved: the hand-over waits for his training
    people(TrainingDemo.COHORT).stream()
        .filter(p -> p.getHolder().getAccount().filter(IdentityDemo.TRAINEE::equals).isPresent())
        .findFirst()
        .ifPresent(
            rachid -> {
              var allocation =
                  new KitAllocation(
                      rachid,
                      kits.get(rachid.getHolder().getProject().getTrade()),
                      admittedAt(rachid),
                      "mentor",
                      Instant.now().minus(Duration.ofDays(3)));
              em.persist(allocation);
            });
    em.flush();
    keeping.serveWaiting();

    // Amina signs in as "amina.saidi" to read her kit and her receipt
    var amina = allocations.get("Amina").getParticipant().getHolder();
    if (amina.getAccount().isEmpty()) {
      amina.linkAccount(IdentityDemo.EQUIPPED, LOADER, Instant.now());
    }
  }

  private List<Participant> people(String cohort) {
    return em.createQuery(
            "SELECT p FROM Participant p WHERE p.cohort.name = :cohort ORDER BY p.id",
            Participant.class)
        .setParameter("cohort", cohort)
        .getResultList();
  }

  private Supplier supplier(String name, String phone, String address) {
    var details = new SupplierDetails();
    details.setName(name);
    details.setPhone(phone);
    details.setAddress(address);
    var supplier = new Supplier(details);
    em.persist(supplier);
    return supplier;
  }

  private void receive(
      Delivery delivery, KitArticle article, int quantity, String lot, Instant at) {
    Money cost =
        KITS.values().stream()
            .flatMap(Arrays::stream)
            .filter(line -> line[2].equals(article.getNames().english()))
            .map(line -> Money.mad(line[4]))
            .findFirst()
            .orElse(Money.ZERO);
    delivery.add(article, quantity, cost);
    article.moveTo(article.getStock().receive(quantity, cost));
    if (article.isSerialTracked()) {
      String prefix =
          article.getNames().english().replaceAll("[^A-Za-z]", "").substring(0, 3).toUpperCase();
      for (int i = 1; i <= quantity; i++) {
        var unit =
            new KitUnit(article, prefix + "-2025-" + lot + String.format("%03d", i), delivery);
        em.persist(unit);
        em.flush();
        em.persist(unit.received("admin", at));
      }
    }
  }

  private static Instant admittedAt(Participant person) {
    return person.getJourney().stream()
        .map(JourneyStep::getAt)
        .min(Comparator.naturalOrder())
        .orElse(person.getSince());
  }

  /**
   * The kit handed over with the first serials on the shelves: signed on the mentor's screen,
   * confirmed on the person's phone ({@code account}), or waiting for their phone (neither).
   */
  private KitHandover handOver(
      KitAllocation allocation, Instant at, byte[] signature, String account) {
    var handover = new KitHandover(allocation, at.atZone(ZONE).toLocalDate(), PLACE, "mentor", at);
    List<KitUnit> picked = new ArrayList<>();
    for (AllocationLine line : allocation.getLines()) {
      if (line.getArticle().isSerialTracked()) {
        picked.addAll(
            em.createQuery(
                    "SELECT u FROM KitUnit u WHERE u.article = :article AND u.status ="
                        + " org.incubator.starterkit.UnitStatus.IN_STOCK ORDER BY u.serial",
                    KitUnit.class)
                .setParameter("article", line.getArticle())
                .setMaxResults(line.getQuantity())
                .getResultList());
      }
    }
    picked.forEach(handover::give);
    em.persist(handover);
    for (KitUnit unit : picked) {
      em.persist(unit.pickFor(handover, "mentor", at));
    }
    em.flush();
    if (signature != null) {
      handover.signedOnScreen(signature, "mentor", at);
      completion.complete(handover, "mentor", at);
    } else if (account != null) {
      Instant confirmed = at.plus(Duration.ofMinutes(4));
      handover.confirmedOnPhone(account, confirmed);
      completion.complete(handover, account, confirmed);
    }
    em.flush();
    return handover;
  }

  private List<KitUnit> unitsOf(Participant person) {
    return em.createQuery(
            "SELECT u FROM KitUnit u WHERE u.participant = :person ORDER BY u.id", KitUnit.class)
        .setParameter("person", person)
        .getResultList();
  }

  /** A signature as a finger draws it: a few strokes, different for each person. */
  private static byte[] signature(int seed) {
    var image = new BufferedImage(360, 140, BufferedImage.TYPE_INT_ARGB);
    var pen = image.createGraphics();
    pen.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    pen.setColor(new Color(0x11, 0x11, 0x11));
    pen.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    int x = 20;
    int y = 90;
    for (int i = 0; i < 9; i++) {
      int nx = x + 30 + (seed * 7 + i * 13) % 20;
      int ny = 40 + (seed * 17 + i * 29) % 70;
      pen.drawLine(x, y, nx, ny);
      x = nx;
      y = ny;
    }
    pen.dispose();
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
