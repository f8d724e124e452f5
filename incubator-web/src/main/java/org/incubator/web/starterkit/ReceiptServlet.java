package org.incubator.web.starterkit;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.NotFoundException;
import org.incubator.starterkit.KitReceipt;
import org.incubator.starterkit.KitReceipts;
import org.incubator.starterkit.ReceiptFacts;
import org.incubator.web.shared.LocaleSelection;
import org.incubator.web.shared.PdfDownload;
import org.incubator.web.shared.RecordIds;

/**
 * Sends the receipt of a confirmed hand-over ({@code /receipts/<handover>?lang=ar|fr|en}) as a PDF,
 * in the language asked for or else the reader's: the one issued first in that language, kept with
 * its SHA-256; written from the hand-over and kept the first time it is asked for. {@link
 * KitReceipts} decides who may read it; somebody else's is not found.
 */
@WebServlet("/receipts/*")
public class ReceiptServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private KitReceipts receipts;

  @Inject private LocaleSelection localeSelection;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Locale locale = PdfDownload.language(request, localeSelection);
    String language = locale.getLanguage();
    Long handoverId;
    KitReceipt receipt;
    try {
      String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
      handoverId = RecordIds.parse(path, "starterkit.receipt.notFound");
      receipt = issued(handoverId, language, locale);
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setHeader("X-Content-SHA256", receipt.getSha256());
    PdfDownload.send(
        response, receipt.getContent(), "receipt-KIT-" + handoverId + "-" + language + ".pdf");
  }

  private KitReceipt issued(Long handoverId, String language, Locale locale) {
    Optional<KitReceipt> kept = receipts.issued(handoverId, language);
    if (kept.isPresent()) {
      return kept.get();
    }
    ReceiptFacts facts = receipts.facts(handoverId);
    try {
      return receipts.keep(handoverId, language, ReceiptPdf.render(facts, locale));
    } catch (IncubatorException e) {
      // issued by another request at the same moment: that one is the receipt
      return receipts.issued(handoverId, language).orElseThrow(() -> e);
    }
  }
}
