package org.incubator.web.selection;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.incubator.selection.Criterion;
import org.incubator.selection.ScoringGrid;

/** The mark typed for one criterion of a call's grid, with what its field shows. */
public class Mark implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Criterion criterion;
  private final int weight;
  private Integer value;

  private Mark(Criterion criterion, int weight, Integer value) {
    this.criterion = criterion;
    this.weight = weight;
    this.value = value;
  }

  /** A mark per criterion, in the order of {@link Criterion}, holding the values given. */
  static List<Mark> of(ScoringGrid grid, Map<Criterion, Integer> given) {
    return Arrays.stream(Criterion.values())
        .map(c -> new Mark(c, grid.weightOf(c), given.get(c)))
        .toList();
  }

  /** The marks as typed, by criterion (a blank field is absent). */
  static Map<Criterion, Integer> typed(List<Mark> marks) {
    Map<Criterion, Integer> typed = new EnumMap<>(Criterion.class);
    marks.stream().filter(m -> m.value != null).forEach(m -> typed.put(m.criterion, m.value));
    return typed;
  }

  public Criterion getCriterion() {
    return criterion;
  }

  /** The form field of this mark (a refusal names it). */
  public String getField() {
    return ScoringGrid.markFieldOf(criterion);
  }

  public int getWeight() {
    return weight;
  }

  /** A criterion of weight 0 is not scored: its field is disabled. */
  public boolean isScored() {
    return weight > 0;
  }

  public Integer getValue() {
    return value;
  }

  public void setValue(Integer value) {
    this.value = value;
  }
}
