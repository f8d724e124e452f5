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
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.incubator.identity.Role;
import org.incubator.shared.Caller;
import org.incubator.shared.NotFoundException;

/**
 * A batch of paper applications imported from a sheet. The file is read at once (a file that cannot
 * be read is refused on the spot); its lines are then imported in the background, each all or
 * nothing, while the mentor watches the progress and the refused lines with their reasons.
 */
@Stateless
@RolesAllowed({Role.Names.MENTOR, Role.Names.ADMIN})
public class ApplicationImport {

  private static final Logger LOG = Logger.getLogger(ApplicationImport.class.getName());

  @Resource private SessionContext context;

  @Inject private Caller caller;

  @Inject private ImportProgress progress;

  @Inject private ImportRowWriter writer;

  @Inject private CallsForApplications calls;

  /**
   * Reads the sheet and starts importing it into the call; returns the import's id, to follow it.
   */
  public String start(@NotNull Long callId, byte[] content) {
    calls.getCall(callId);
    List<ApplicationSheet.Row> rows = ApplicationSheet.read(content);
    String id = progress.begin(caller.name(), rows.size());
    context.getBusinessObject(ApplicationImport.class).run(id, callId, rows);
    return id;
  }

  /** Imports the lines one by one, each in its own transaction. */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run(String id, Long callId, List<ApplicationSheet.Row> rows) {
    try {
      for (ApplicationSheet.Row row : rows) {
        ImportLine line;
        try {
          line = writer.importRow(callId, row);
        } catch (EJBException e) {
          LOG.log(Level.WARNING, "Import " + id + ", line " + row.line() + " failed", e);
          line =
              ImportLine.refused(
                  row.line(), row.cells().getOrDefault("cin", ""), null, "selection.import.failed");
        }
        progress.record(id, line);
      }
    } finally {
      progress.finish(id);
    }
  }

  /** How far the import has come; only its own mentor may follow it. */
  public ImportStatus status(@NotNull String id) {
    return progress
        .status(id, caller.name())
        .orElseThrow(() -> new NotFoundException("selection.import.notFound", id));
  }
}
