package org.incubator.training;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where one person stands in their training, counted in hours: module by module, over the whole
 * training, and the warnings a mentor should see. The whole training is complete when every module
 * is.
 */
public final class TrainingStanding implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<ModuleStanding> modules;
  private final Set<TrainingWarning> warnings;
  private final long heldMinutes;
  private final long attendedMinutes;
  private final long excusedMinutes;

  private TrainingStanding(
      List<ModuleStanding> modules,
      Set<TrainingWarning> warnings,
      long heldMinutes,
      long attendedMinutes,
      long excusedMinutes) {
    this.modules = modules;
    this.warnings = warnings;
    this.heldMinutes = heldMinutes;
    this.attendedMinutes = attendedMinutes;
    this.excusedMinutes = excusedMinutes;
  }

  /**
   * Counts a person's standing from the modules of their curriculum and their cohort's scheduled
   * sessions, in the order they come.
   */
  public static TrainingStanding of(
      List<TrainingModule> curriculum, List<PlannedSession> sessions) {
    Map<TrainingModule, long[]> minutes = new LinkedHashMap<>();
    curriculum.forEach(module -> minutes.put(module, new long[4]));
    long held = 0;
    long attended = 0;
    long excused = 0;
    int absencesInARow = 0;
    for (PlannedSession session : sessions) {
      long[] counts = minutes.get(session.module());
      if (counts == null) {
        continue;
      }
      long length = session.length().toMinutes();
      if (!session.held()) {
        counts[3] += length;
        continue;
      }
      counts[0] += length;
      held += length;
      Presence presence = session.presence();
      if (presence != null && presence.attended()) {
        counts[1] += length;
        attended += length;
        absencesInARow = 0;
      } else {
        absencesInARow++;
        if (presence == Presence.EXCUSED) {
          counts[2] += length;
          excused += length;
        }
      }
    }
    List<ModuleStanding> standings = new ArrayList<>();
    minutes.forEach(
        (module, counts) ->
            standings.add(new ModuleStanding(module, counts[0], counts[1], counts[2], counts[3])));
    Set<TrainingWarning> warnings = EnumSet.noneOf(TrainingWarning.class);
    if (standings.stream().anyMatch(m -> m.getStatus() == ModuleStatus.CANNOT_REACH)) {
      warnings.add(TrainingWarning.CANNOT_REACH);
    }
    if (standings.stream().anyMatch(m -> m.getStatus() == ModuleStatus.BELOW)) {
      warnings.add(TrainingWarning.BELOW_THRESHOLD);
    }
    if (absencesInARow >= 2) {
      warnings.add(TrainingWarning.TWO_ABSENCES_IN_A_ROW);
    }
    return new TrainingStanding(standings, warnings, held, attended, excused);
  }

  /** Every module complete: what the kit and the grant wait for. */
  public boolean isComplete() {
    return !modules.isEmpty()
        && modules.stream().allMatch(m -> m.getStatus() == ModuleStatus.COMPLETE);
  }

  /** Hours attended over hours held in the whole training, in percent; empty before any. */
  public BigDecimal getRate() {
    return heldMinutes == 0
        ? null
        : BigDecimal.valueOf(attendedMinutes * 100)
            .divide(BigDecimal.valueOf(heldMinutes), 1, RoundingMode.HALF_EVEN);
  }

  /** Hours attended over hours held, track by track, in the curriculum's order. */
  public List<TrackStanding> getTracks() {
    Map<TrainingTrack, long[]> byTrack = new LinkedHashMap<>();
    for (ModuleStanding module : modules) {
      long[] counts = byTrack.computeIfAbsent(module.getModule().getTrack(), t -> new long[2]);
      counts[0] += module.getHeld().toMinutes();
      counts[1] += module.getAttended().toMinutes();
    }
    List<TrackStanding> tracks = new ArrayList<>();
    byTrack.forEach((track, counts) -> tracks.add(new TrackStanding(track, counts[0], counts[1])));
    return tracks;
  }

  /** A track's hours held and attended. */
  public record TrackStanding(TrainingTrack track, long heldMinutes, long attendedMinutes)
      implements Serializable {

    public TrainingTrack getTrack() {
      return track;
    }

    public BigDecimal getRate() {
      return heldMinutes == 0
          ? null
          : BigDecimal.valueOf(attendedMinutes * 100)
              .divide(BigDecimal.valueOf(heldMinutes), 1, RoundingMode.HALF_EVEN);
    }
  }

  public List<ModuleStanding> getModules() {
    return modules;
  }

  public Set<TrainingWarning> getWarnings() {
    return warnings;
  }

  public long getHeldMinutes() {
    return heldMinutes;
  }

  public long getAttendedMinutes() {
    return attendedMinutes;
  }

  public long getExcusedMinutes() {
    return excusedMinutes;
  }
}
