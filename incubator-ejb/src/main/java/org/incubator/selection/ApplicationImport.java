package org.incubator.selection;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.incubator.identity.Role;
import org.incubator.shared.Caller;
import org.incubator.shared.NotFoundException;
import org.incubator.shared.PageRequest;

/**
 * A batch of paper applications imported from a sheet. The file is read at once (a file that cannot
 * be read is refused on the spot); its lines are then imported in the background, each all or
 * nothing, while the mentor watches the progress and the refused lines with their reasons. The
 * report of every import is kept: the mentor who ran it, and administrators, read it again later;
 * anybody else is answered that it does not exist, whatever id they try.
 */
@Stateless
@RolesAllowed({Role.Names.MENTOR, Role.Names.ADMIN})
public class ApplicationImport {

  private static final Logger LOG = Logger.getLogger(ApplicationImport.class.getName());

  /** The reports the caller may read: those of the imports they ran; an administrator's, all. */
  private static final String READABLE = "(:everyone = TRUE OR r.startedBy = :me)";

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext context;

  @Inject private Caller caller;

  @Inject private ImportReports reports;

  @Inject private ImportRowWriter writer;

  @Inject private CallsForApplications calls;

  /**
   * Reads the sheet and starts importing it into the call; returns the id of the import's report,
   * to follow it.
   */
  public Long start(@NotNull Long callId, String fileName, byte[] content) {
    calls.getCall(callId);
    List<ApplicationSheet.Row> rows = ApplicationSheet.read(content);
    Long id = reports.open(callId, fileName, rows.size(), caller.name());
    context.getBusinessObject(ApplicationImport.class).run(id, callId, rows);
    return id;
  }

  /**
   * Imports the lines one by one, each in its own transaction, and counts each in the report once
   * it is done.
   */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run(Long reportId, Long callId, List<ApplicationSheet.Row> rows) {
    boolean done = false;
    try {
      for (ApplicationSheet.Row row : rows) {
        ImportLine line;
        try {
          line = writer.importRow(callId, row);
        } catch (EJBException e) {
          LOG.log(Level.WARNING, "Import " + reportId + ", line " + row.line() + " failed", e);
          line =
              ImportLine.refused(
                  row.line(), row.cells().getOrDefault("cin", ""), null, "selection.import.failed");
        }
        reports.record(reportId, line);
      }
      done = true;
    } finally {
      if (done) {
        reports.finish(reportId);
      } else {
        reports.interrupt(reportId);
      }
    }
  }

  /** Where the import stands, from its report. */
  public ImportStatus status(@NotNull Long reportId) {
    return readable(
            "SELECT r, c.id, c.name FROM ImportReport r JOIN r.call c WHERE r.id = :id AND "
                + READABLE,
            Object[].class)
        .setParameter("id", reportId)
        .getResultStream()
        .findFirst()
        .map(ApplicationImport::status)
        .orElseThrow(() -> new NotFoundException("selection.import.notFound", reportId));
  }

  /** A page of the import's refused lines, in the order of the sheet. */
  public List<ImportLine> refusedLines(@NotNull Long reportId, @NotNull PageRequest page) {
    status(reportId);
    return em
        .createQuery(
            "SELECT l FROM RefusedLine l WHERE l.report.id = :id ORDER BY l.line, l.id",
            RefusedLine.class)
        .setParameter("id", reportId)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList()
        .stream()
        .map(
            l ->
                ImportLine.refused(
                    l.getLine(),
                    l.getCin(),
                    l.getField(),
                    l.getMessageKey(),
                    l.getArguments().toArray()))
        .toList();
  }

  /**
   * The imports the caller ran (an administrator: everybody's), the latest first, a page at a time.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<ImportStatus> recent(@NotNull PageRequest page) {
    return readable(
            "SELECT r, c.id, c.name FROM ImportReport r JOIN r.call c WHERE "
                + READABLE
                + " ORDER BY r.startedAt DESC, r.id DESC",
            Object[].class)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList()
        .stream()
        .map(ApplicationImport::status)
        .toList();
  }

  /** How many imports {@link #recent} pages through. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long countRecent() {
    return readable("SELECT COUNT(r) FROM ImportReport r WHERE " + READABLE, Long.class)
        .getSingleResult();
  }

  private <T> TypedQuery<T> readable(String jpql, Class<T> type) {
    return em.createQuery(jpql, type)
        .setParameter("everyone", caller.isIn(Role.Names.ADMIN))
        .setParameter("me", caller.name());
  }

  private static ImportStatus status(Object[] row) {
    return ImportStatus.of((ImportReport) row[0], (Long) row[1], (String) row[2]);
  }
}
