package org.incubator.coaching;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the active mentors' caseloads spread against the programme's cap: how many mentors lead
 * nobody, up to each quarter of the cap, and more than the cap; with how many people have no lead
 * mentor yet. A few bands whatever the number of mentors, where one bar per mentor would not fit a
 * national programme.
 */
public record CaseloadSpread(int cap, List<Band> bands, long withoutLead) implements Serializable {

  /** The bands between nobody and the cap: quarters of it. */
  public static final int QUARTERS = 4;

  /**
   * The mentors who lead from {@code least} to {@code most} people ({@code most} is null above the
   * cap).
   */
  public record Band(long least, Long most, long mentors) implements Serializable {

    public boolean isOverCap() {
      return most == null;
    }
  }

  /**
   * The bands of a cap, each with its mentors as counted by band number: 0 for nobody, 1 to {@link
   * #QUARTERS} for the quarters of the cap (a quarter too narrow to hold a whole number is left
   * out, as with a cap of 1), {@code QUARTERS + 1} above the cap.
   */
  public static CaseloadSpread of(int cap, Map<Integer, Long> mentorsByBand, long withoutLead) {
    List<Band> bands = new ArrayList<>();
    bands.add(new Band(0, 0L, mentorsByBand.getOrDefault(0, 0L)));
    for (int quarter = 1; quarter <= QUARTERS; quarter++) {
      long least = (long) (quarter - 1) * cap / QUARTERS + 1;
      long most = (long) quarter * cap / QUARTERS;
      if (least <= most) {
        bands.add(new Band(least, most, mentorsByBand.getOrDefault(quarter, 0L)));
      }
    }
    bands.add(new Band(cap + 1L, null, mentorsByBand.getOrDefault(QUARTERS + 1, 0L)));
    return new CaseloadSpread(cap, List.copyOf(bands), withoutLead);
  }

  public long mentorsOverCap() {
    return bands.get(bands.size() - 1).mentors();
  }
}
