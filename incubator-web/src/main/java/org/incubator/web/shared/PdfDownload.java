package org.incubator.web.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * How a {@link PdfLetter} is sent: in the language the link asks for ({@code ?lang=ar|fr|en}) or
 * else the reader's, shown inline, never cached.
 */
public final class PdfDownload {

  private static final Set<String> LANGUAGES = Set.of("ar", "fr", "en");

  private PdfDownload() {}

  public static Locale language(HttpServletRequest request, LocaleSelection reader) {
    String asked = request.getParameter("lang");
    return asked != null && LANGUAGES.contains(asked)
        ? Locale.forLanguageTag(asked)
        : reader.getLocale();
  }

  public static void send(HttpServletResponse response, byte[] pdf, String fileName)
      throws IOException {
    response.setContentType("application/pdf");
    response.setContentLength(pdf.length);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("Content-Disposition", "inline; filename=\"" + fileName + "\"");
    response.getOutputStream().write(pdf);
  }
}
