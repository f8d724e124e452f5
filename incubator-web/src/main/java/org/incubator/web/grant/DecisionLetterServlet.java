package org.incubator.web.grant;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.incubator.grant.DecisionLetter;
import org.incubator.grant.GrantLetters;
import org.incubator.shared.NotFoundException;
import org.incubator.web.shared.LocaleSelection;
import org.incubator.web.shared.RecordIds;

/**
 * Sends the decision letter of a grant request ({@code /letters/<id>?lang=ar|fr|en}) as a PDF, in
 * the language asked for or else the reader's. {@link GrantLetters} decides who may read it; a
 * request without a decision, or somebody else's, is not found.
 */
@WebServlet("/letters/*")
public class DecisionLetterServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Set<String> LANGUAGES = Set.of("ar", "fr", "en");

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
    String asked = request.getParameter("lang");
    Locale locale =
        LANGUAGES.contains(asked) ? Locale.forLanguageTag(asked) : localeSelection.getLocale();
    byte[] pdf = DecisionLetterPdf.render(letter, locale);
    response.setContentType("application/pdf");
    response.setContentLength(pdf.length);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader(
        "Content-Disposition",
        "inline; filename=\"" + DecisionLetterPdf.fileName(letter, locale) + "\"");
    response.getOutputStream().write(pdf);
  }
}
