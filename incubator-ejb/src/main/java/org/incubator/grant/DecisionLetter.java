package org.incubator.grant;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.incubator.shared.Money;

/**
 * What a decision letter says, taken from the recorded decision: who the grant is for, the amount
 * and its use, the tranches and their conditions for an approval, the reason for a rejection, and
 * who decided when. The web layer writes it out in the reader's language.
 */
public record DecisionLetter(
    long requestId,
    int revision,
    boolean approved,
    String holderName,
    String cin,
    String callName,
    String envelopeName,
    String fundingSource,
    Money amount,
    List<GrantLine> lines,
    List<Tranche> tranches,
    Instant decidedAt,
    List<String> decidedBy,
    String comment)
    implements Serializable {

  public DecisionLetter {
    lines = List.copyOf(lines);
    tranches = List.copyOf(tranches);
    decidedBy = List.copyOf(decidedBy);
  }

  /** The reference printed on the letter and in its file name. */
  public String reference() {
    return "SG-" + requestId + "-" + revision;
  }
}
