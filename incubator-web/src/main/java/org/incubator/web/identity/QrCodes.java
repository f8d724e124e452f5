package org.incubator.web.identity;

import io.nayuki.qrcodegen.QrCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * How a second factor's key is shown to enrol it: a QR code as an SVG image in a data address
 * (nothing leaves the server, and the page's policy allows it), and the key in groups to type.
 */
final class QrCodes {

  private static final int BORDER = 4;

  private QrCodes() {}

  /** A key in groups of four, for typing it into the app by hand. */
  static String grouped(String secret) {
    return secret == null ? "" : secret.replaceAll("(.{4})(?!$)", "$1 ");
  }

  static String svgDataUri(String text) {
    QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    int size = qr.size + 2 * BORDER;
    var path = new StringBuilder();
    for (int y = 0; y < qr.size; y++) {
      for (int x = 0; x < qr.size; x++) {
        if (qr.getModule(x, y)) {
          path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
        }
      }
    }
    String svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
            + size
            + " "
            + size
            + "\" shape-rendering=\"crispEdges\">"
            + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\""
            + path
            + "\" fill=\"#000\"/></svg>";
    return "data:image/svg+xml;base64,"
        + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
  }
}
