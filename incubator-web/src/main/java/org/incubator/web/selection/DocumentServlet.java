package org.incubator.web.selection;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.incubator.grant.GrantReview;
import org.incubator.identity.Role;
import org.incubator.selection.Applications;
import org.incubator.selection.DocumentContent;
import org.incubator.selection.MyApplications;
import org.incubator.shared.NotFoundException;
import org.incubator.web.shared.FileDownload;
import org.incubator.web.shared.RecordIds;

/**
 * Sends an attached document ({@code /documents/<id>}) to whoever may read it: its applicant
 * through {@link MyApplications}, mentors and administrators through {@link Applications}, the
 * foundation's reviewers through {@link GrantReview} (the files of grant requests under review).
 * The services decide; anyone else's document is not found.
 */
@WebServlet("/documents/*")
public class DocumentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private MyApplications myApplications;

  @Inject private Applications applications;

  @Inject private GrantReview grantReview;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    DocumentContent document;
    try {
      String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
      Long id = RecordIds.parse(path, "selection.document.notFound");
      if (request.isUserInRole(Role.Names.ENTREPRENEUR)) {
        document = myApplications.openDocument(id);
      } else if (request.isUserInRole(Role.Names.REVIEWER)) {
        document = grantReview.openDocument(id);
      } else {
        document = applications.openDocument(id);
      }
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    FileDownload.send(response, document);
  }
}
