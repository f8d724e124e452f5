package org.incubator.selection;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.incubator.programme.Programme;
import org.incubator.programme.Setting;
import org.incubator.shared.Entities;
import org.incubator.shared.IncubatorException;

/**
 * The documents of applications, for the services that have already checked who may see the
 * application: the applicant (their own) and mentors. The format is checked on the content.
 */
@Dependent
class Documents {

  @PersistenceContext private EntityManager em;

  @Inject private DocumentStore store;

  @Inject private Programme programme;

  Long attach(
      Application application, DocumentKind kind, String fileName, byte[] content, String by) {
    if (kind == null) {
      throw IncubatorException.onField("kind", "field.required");
    }
    if (application.getStatus().isFinal()) {
      throw new IncubatorException("selection.document.closed");
    }
    DocumentFormat format = DocumentFormat.check(content);
    int limit = programme.settings().number(Setting.DOCUMENTS_PER_APPLICATION);
    long held =
        em.createQuery(
                "SELECT COUNT(d) FROM ApplicationDocument d WHERE d.application = :application",
                Long.class)
            .setParameter("application", application)
            .getSingleResult();
    if (held >= limit) {
      throw IncubatorException.onField("file", "selection.document.tooMany", limit);
    }
    var document =
        new ApplicationDocument(
            application,
            kind,
            fileName,
            format,
            content.length,
            sha256(content),
            by,
            Instant.now());
    em.persist(document);
    em.flush();
    store.write(document.getStorageKey(), content);
    return document.getId();
  }

  /** An applicant's own upload, within what their account may upload in all. */
  Long attachOwn(
      Application application, DocumentKind kind, String fileName, byte[] content, String account) {
    int megabytes = programme.settings().number(Setting.MEGABYTES_PER_ACCOUNT);
    long quota = megabytes * 1024L * 1024L;
    long used =
        em.createQuery(
                "SELECT COALESCE(SUM(d.size), 0) FROM ApplicationDocument d WHERE d.uploadedBy ="
                    + " :account",
                Number.class)
            .setParameter("account", account)
            .getSingleResult()
            .longValue();
    if (content != null && used + content.length > quota) {
      throw IncubatorException.onField("file", "selection.document.quota", megabytes);
    }
    return attach(application, kind, fileName, content, account);
  }

  List<ApplicationDocument> of(Long applicationId) {
    return em.createQuery(
            "SELECT d FROM ApplicationDocument d WHERE d.application.id = :id ORDER BY"
                + " d.uploadedAt, d.id",
            ApplicationDocument.class)
        .setParameter("id", applicationId)
        .getResultList();
  }

  ApplicationDocument find(Long documentId) {
    ApplicationDocument document =
        Entities.get(em, ApplicationDocument.class, documentId, "selection.document.notFound");
    return document;
  }

  byte[] content(ApplicationDocument document) {
    return store.read(document.getStorageKey());
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
