package org.incubator.selection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.incubator.shared.IncubatorException;

/**
 * The weighted grid a call scores its applications with: every criterion is scored from 0 to the
 * same top mark, and the total is the weighted mean brought to 100 points. Weights are relative
 * (30/20/30/20 and 3/2/3/2 give the same totals); a criterion of weight 0 is not scored.
 */
@Embeddable
public class ScoringGrid implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final int HIGHEST_TOP_MARK = 100;
  public static final int HIGHEST_WEIGHT = 100;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Column(name = "score_top_mark", nullable = false)
  private int topMark;

  @Column(name = "weight_vulnerability", nullable = false)
  private int vulnerabilityWeight;

  @Column(name = "weight_skills", nullable = false)
  private int skillsWeight;

  @Column(name = "weight_viability", nullable = false)
  private int viabilityWeight;

  @Column(name = "weight_interview", nullable = false)
  private int interviewWeight;

  protected ScoringGrid() {}

  public ScoringGrid(int topMark, Map<Criterion, Integer> weights) {
    if (topMark < 1 || topMark > HIGHEST_TOP_MARK) {
      throw IncubatorException.onField("topMark", "selection.grid.topMark", HIGHEST_TOP_MARK);
    }
    int sum = 0;
    for (Criterion criterion : Criterion.values()) {
      int weight = weights.getOrDefault(criterion, 0);
      if (weight < 0 || weight > HIGHEST_WEIGHT) {
        throw IncubatorException.onField(
            fieldOf(criterion), "selection.grid.weight", HIGHEST_WEIGHT);
      }
      sum += weight;
    }
    if (sum == 0) {
      throw IncubatorException.onField(fieldOf(Criterion.VULNERABILITY), "selection.grid.noWeight");
    }
    this.topMark = topMark;
    this.vulnerabilityWeight = weights.getOrDefault(Criterion.VULNERABILITY, 0);
    this.skillsWeight = weights.getOrDefault(Criterion.SKILLS, 0);
    this.viabilityWeight = weights.getOrDefault(Criterion.VIABILITY, 0);
    this.interviewWeight = weights.getOrDefault(Criterion.INTERVIEW, 0);
  }

  /**
   * The grid a new call starts with: marks out of 10, vulnerability and viability weighing most.
   */
  public static ScoringGrid standard() {
    return new ScoringGrid(
        10,
        Map.of(
            Criterion.VULNERABILITY,
            30,
            Criterion.SKILLS,
            20,
            Criterion.VIABILITY,
            30,
            Criterion.INTERVIEW,
            20));
  }

  /** The form field that holds a criterion's weight. */
  public static String fieldOf(Criterion criterion) {
    return "weight" + label(criterion);
  }

  /** The form field that holds a criterion's mark. */
  public static String markFieldOf(Criterion criterion) {
    return "mark" + label(criterion);
  }

  private static String label(Criterion criterion) {
    String name = criterion.name();
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }

  public int weightOf(Criterion criterion) {
    return switch (criterion) {
      case VULNERABILITY -> vulnerabilityWeight;
      case SKILLS -> skillsWeight;
      case VIABILITY -> viabilityWeight;
      case INTERVIEW -> interviewWeight;
    };
  }

  public Map<Criterion, Integer> getWeights() {
    Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
    for (Criterion criterion : Criterion.values()) {
      weights.put(criterion, weightOf(criterion));
    }
    return weights;
  }

  public boolean isScored(Criterion criterion) {
    return weightOf(criterion) > 0;
  }

  /** Refuses a mark outside 0 to the top mark, on the criterion's field. */
  public void check(Criterion criterion, int mark) {
    if (mark < 0 || mark > topMark) {
      throw IncubatorException.onField(markFieldOf(criterion), "selection.grid.mark", topMark);
    }
  }

  /**
   * The total out of 100, two decimals, rounded half-even; empty while a weighted criterion has no
   * mark yet.
   */
  public Optional<BigDecimal> total(Map<Criterion, Integer> marks) {
    long weighted = 0;
    long weights = 0;
    for (Criterion criterion : Criterion.values()) {
      if (!isScored(criterion)) {
        continue;
      }
      Integer mark = marks.get(criterion);
      if (mark == null) {
        return Optional.empty();
      }
      weighted += (long) mark * weightOf(criterion);
      weights += weightOf(criterion);
    }
    BigDecimal total =
        BigDecimal.valueOf(weighted)
            .multiply(HUNDRED)
            .divide(BigDecimal.valueOf(weights * topMark), 2, RoundingMode.HALF_EVEN);
    return Optional.of(total);
  }

  public int getTopMark() {
    return topMark;
  }
}
