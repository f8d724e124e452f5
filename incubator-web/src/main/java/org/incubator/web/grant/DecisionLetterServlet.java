package org.incubator.web.grant;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.incubator.grant.DecisionLetter;
import org.incubator.grant.GrantLetters;
import org.incubator.shared.NotFoundException;
import org.incubator.web.shared.LocaleSelection;
import org.incubator.web.shared.PdfDownload;
import org.incubator.web.shared.RecordIds;

/**
 * Sends the decision letter of a grant request ({@code /letters/<id>?lang=ar|fr|en}) as a PDF, in
 * the language asked for or else the reader's. {@link GrantLetters} decides who may read it; a
 * request without a decision, or somebody else's, is not found.
 */
@WebServlet("/letters/*")
public class DecisionLetterServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private GrantLetters letters;

  @Inject private LocaleSelection localeSelection;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    DecisionLetter letter;
    try {
      String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
      letter = letters.letterFor(RecordIds.parse(path, "grant.request.notFound"));
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Locale locale = PdfDownload.language(request, localeSelection);
    PdfDownload.send(
        response,
        DecisionLetterPdf.render(letter, locale),
        DecisionLetterPdf.fileName(letter, locale));
  }
}
