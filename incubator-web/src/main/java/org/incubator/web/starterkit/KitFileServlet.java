package org.incubator.web.starterkit;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.incubator.selection.DocumentContent;
import org.incubator.shared.NotFoundException;
import org.incubator.starterkit.Handovers;
import org.incubator.starterkit.SpotChecks;
import org.incubator.starterkit.Stock;
import org.incubator.web.shared.FileDownload;
import org.incubator.web.shared.RecordIds;

/**
 * Sends the kits' files to staff ({@code /starterkit/files/delivery/<id>}, a delivery's scanned
 * note; {@code /starterkit/files/handover/<id>}, a hand-over's photo; {@code
 * /starterkit/files/spot-check/<id>}, a visit's photo); anything else is not found.
 */
@WebServlet("/starterkit/files/*")
public class KitFileServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private Stock stock;

  @Inject private Handovers handovers;

  @Inject private SpotChecks spotChecks;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    DocumentContent file;
    try {
      if (path.startsWith("/delivery/")) {
        file =
            stock.deliveryNote(
                RecordIds.parse(
                    path.substring("/delivery/".length()), "starterkit.delivery.notFound"));
      } else if (path.startsWith("/handover/")) {
        file =
            handovers.photo(
                RecordIds.parse(
                    path.substring("/handover/".length()), "starterkit.handover.notFound"));
      } else if (path.startsWith("/spot-check/")) {
        file =
            spotChecks.photo(
                RecordIds.parse(
                    path.substring("/spot-check/".length()), "starterkit.spotCheck.notFound"));
      } else {
        throw new NotFoundException("starterkit.delivery.notFound", path);
      }
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    FileDownload.send(response, file);
  }
}
