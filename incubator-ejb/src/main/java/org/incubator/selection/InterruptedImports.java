package org.incubator.selection;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Imports run in the server that started them, in the background: one still marked running when the
 * application starts was cut short when the server stopped. Its report says so, with the lines it
 * did, instead of showing a progress that never moves. (One server runs the application.)
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class InterruptedImports {

  private static final Logger LOG = Logger.getLogger(InterruptedImports.class.getName());

  @PersistenceContext private EntityManager em;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void markInterrupted() {
    List<ImportReport> cutShort =
        em.createQuery("SELECT r FROM ImportReport r WHERE r.state = :running", ImportReport.class)
            .setParameter("running", ImportState.RUNNING)
            .getResultList();
    Instant now = Instant.now();
    cutShort.forEach(report -> report.interrupt(now));
    if (!cutShort.isEmpty()) {
      LOG.warning(cutShort.size() + " import(s) were stopped with the server before their end");
    }
  }
}
