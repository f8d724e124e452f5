package org.incubator.web.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.incubator.selection.DocumentContent;

/**
 * How a file people attached is sent back: as the format its first bytes were checked to be, as a
 * download under its own name, never sniffed as something else, never cached.
 */
public final class FileDownload {

  private FileDownload() {}

  public static void send(HttpServletResponse response, DocumentContent document)
      throws IOException {
    response.setContentType(document.mediaType());
    response.setContentLength(document.bytes().length);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename*=UTF-8''"
            + URLEncoder.encode(document.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    response.getOutputStream().write(document.bytes());
  }
}
