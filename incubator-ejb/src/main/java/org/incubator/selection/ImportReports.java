package org.incubator.selection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import org.incubator.identity.Role;
import org.incubator.shared.Entities;

/**
 * Writes an import's report while the import runs, each write in a transaction of its own: the
 * report exists before the first line is imported, each line is counted once it is done (a refused
 * line with its reason), and the report ends with the last line. What is written stays, whatever
 * happens to the server afterwards.
 */
@Stateless
@RolesAllowed({Role.Names.MENTOR, Role.Names.ADMIN})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportReports {

  @PersistenceContext private EntityManager em;

  /** The report of an import that starts now; returns its id. */
  public Long open(Long callId, String fileName, int lines, String by) {
    var report =
        new ImportReport(
            Entities.get(em, CallForApplications.class, callId, "selection.call.notFound"),
            fileName,
            lines,
            by,
            Instant.now());
    em.persist(report);
    em.flush();
    return report.getId();
  }

  /** Counts a line that was done: imported, or refused and kept with its reason. */
  public void record(Long reportId, ImportLine line) {
    ImportReport report = get(reportId);
    if (line.isImported()) {
      report.lineImported();
    } else {
      em.persist(
          report.lineRefused(
              line.line(),
              line.cin(),
              line.field(),
              line.messageKey(),
              Arrays.stream(line.arguments()).map(String::valueOf).toList()));
    }
  }

  /** Every line was done. */
  public void finish(Long reportId) {
    get(reportId).finish(Instant.now());
  }

  /** The import stopped before its last line. */
  public void interrupt(Long reportId) {
    get(reportId).interrupt(Instant.now());
  }

  private ImportReport get(Long reportId) {
    return Entities.get(em, ImportReport.class, reportId, "selection.import.notFound");
  }
}
