package org.incubator.grant;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Money;

/**
 * How a grant is paid: shares in percent, each unlocked by a milestone (a programme setting, 60 %
 * at launch and 40 % after the evaluation by default). Splitting an amount rounds each share to the
 * centime and gives the last share what is left, so the tranches always add up to the grant.
 */
public record TranchePlan(List<Share> shares) implements Serializable {

  /** One share of the plan. */
  public record Share(int percent, Milestone milestone) implements Serializable {}

  public TranchePlan {
    if (shares == null
        || shares.isEmpty()
        || shares.stream().anyMatch(s -> s.percent() <= 0 || s.milestone() == null)
        || shares.stream().mapToInt(Share::percent).sum() != 100) {
      throw IncubatorException.onField("tranches", "grant.tranches.sum");
    }
    shares = List.copyOf(shares);
  }

  public static TranchePlan standard() {
    return new TranchePlan(
        List.of(
            new Share(60, Milestone.BUSINESS_LAUNCHED),
            new Share(40, Milestone.EVALUATION_PASSED)));
  }

  /** Reads a plan written as {@code 60:BUSINESS_LAUNCHED,40:EVALUATION_PASSED}. */
  public static TranchePlan parse(String text) {
    List<Share> shares = new ArrayList<>();
    for (String part : text.split(",")) {
      String[] pair = part.strip().split(":");
      shares.add(new Share(Integer.parseInt(pair[0].strip()), Milestone.valueOf(pair[1].strip())));
    }
    return new TranchePlan(shares);
  }

  /** Writes the plan as {@link #parse} reads it. */
  public static String write(TranchePlan plan) {
    return String.join(
        ",", plan.shares().stream().map(s -> s.percent() + ":" + s.milestone().name()).toList());
  }

  public List<Tranche> split(Money amount) {
    List<Tranche> tranches = new ArrayList<>();
    Money given = Money.ZERO;
    for (int i = 0; i < shares.size(); i++) {
      Share share = shares.get(i);
      Money part = i == shares.size() - 1 ? amount.minus(given) : amount.percent(share.percent());
      given = given.plus(part);
      tranches.add(new Tranche(i + 1, share.percent(), part, share.milestone()));
    }
    return tranches;
  }
}
