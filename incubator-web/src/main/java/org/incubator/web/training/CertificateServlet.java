package org.incubator.web.training;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.incubator.shared.NotFoundException;
import org.incubator.training.Certificates;
import org.incubator.training.TrainingCertificate;
import org.incubator.web.shared.LocaleSelection;
import org.incubator.web.shared.PdfDownload;
import org.incubator.web.shared.RecordIds;

/**
 * Sends the certificate of completion of a person in a cohort ({@code
 * /certificates/<participant>?lang=ar|fr|en}) as a PDF, in the language asked for or else the
 * reader's. {@link Certificates} decides who may read it; somebody else's, or of a person not
 * trained, is not found.
 */
@WebServlet("/certificates/*")
public class CertificateServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private Certificates certificates;

  @Inject private LocaleSelection localeSelection;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    TrainingCertificate certificate;
    try {
      String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
      certificate = certificates.certificateFor(RecordIds.parse(path, "training.certificate.none"));
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Locale locale = PdfDownload.language(request, localeSelection);
    PdfDownload.send(
        response,
        CertificatePdf.render(certificate, locale),
        CertificatePdf.fileName(certificate, locale));
  }
}
