package org.incubator.training;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What a certificate of completion says: who completed which training, when, and module by module
 * the hours attended, as the rolls recorded them.
 */
public record TrainingCertificate(
    Long participantId,
    String holderName,
    String cin,
    String cohortName,
    String callName,
    int curriculumNumber,
    Instant trainedOn,
    List<ModuleStanding> modules,
    long attendedMinutes,
    long heldMinutes)
    implements Serializable {

  public TrainingCertificate {
    modules = List.copyOf(modules);
  }

  /** The number printed on the certificate, the same in every language. */
  public String reference() {
    return "FORM-" + participantId;
  }
}
