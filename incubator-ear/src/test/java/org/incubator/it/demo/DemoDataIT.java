package org.incubator.it.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.incubator.it.support.AsAdmin;
import org.incubator.it.support.AsMentor;
import org.incubator.it.support.AsSecondMentor;
import org.incubator.it.support.Deployments;
import org.incubator.selection.ApplicationImport;
import org.incubator.selection.ApplicationStatus;
import org.incubator.selection.ImportLine;
import org.incubator.selection.ImportState;
import org.incubator.selection.ImportStatus;
import org.incubator.shared.NotFoundException;
import org.incubator.shared.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a newcomer finds at the first run: the demo call with an application in every status, each
 * history one the life cycle allows, the committee's sessions with their minutes and four-eyes
 * decisions, and a finished import whose refused lines its mentor reads again.
 */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

  private static final String DEMO_CALL = "Appel 2027 — Casablanca-Settat";
  private static final String IN_DEMO_CALL =
      " JOIN call_for_applications c ON c.id = a.call_id WHERE c.name = '" + DEMO_CALL + "'";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport(DemoDataIT.class);
  }

  @Resource(lookup = "java:jboss/datasources/IncubatorDS")
  DataSource dataSource;

  @EJB(lookup = "java:global/incubator/incubator-ejb/ApplicationImport")
  ApplicationImport imports;

  @EJB(lookup = AsMentor.JNDI)
  AsMentor asMentor;

  @EJB(lookup = AsSecondMentor.JNDI)
  AsSecondMentor asSecondMentor;

  @EJB(lookup = AsAdmin.JNDI)
  AsAdmin asAdmin;

  private List<String[]> rows(String sql) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement statement = c.prepareStatement(sql);
        ResultSet result = statement.executeQuery()) {
      List<String[]> rows = new ArrayList<>();
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        String[] row = new String[columns];
        for (int i = 0; i < columns; i++) {
          row[i] = result.getString(i + 1);
        }
        rows.add(row);
      }
      return rows;
    }
  }

  private Set<ApplicationStatus> statuses(String sql) throws Exception {
    Set<ApplicationStatus> found = EnumSet.noneOf(ApplicationStatus.class);
    rows(sql).forEach(row -> found.add(ApplicationStatus.valueOf(row[0])));
    return found;
  }

  @Test
  void theDemoCallHasAnApplicationInEveryStatusAnApplicationRestsIn() throws Exception {
    // An application is assessed as it is sent: it never rests in DRAFT or SUBMITTED, they are
    // moves of its history (and a draft is the form kept until it is sent).
    Set<ApplicationStatus> resting = EnumSet.allOf(ApplicationStatus.class);
    resting.removeAll(EnumSet.of(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED));
    assertEquals(resting, statuses("SELECT DISTINCT a.status FROM application a" + IN_DEMO_CALL));
    assertEquals(
        EnumSet.allOf(ApplicationStatus.class),
        statuses(
            "SELECT DISTINCT s.to_status FROM application_status_change s JOIN application a ON"
                + " a.id = s.application_id"
                + IN_DEMO_CALL),
        "every status is in a history, the draft an online application began as included");
    assertEquals(
        "1",
        rows("SELECT COUNT(*) FROM application_draft d JOIN call_for_applications c ON c.id ="
                + " d.call_id WHERE d.account = 'hajar' AND c.name = '"
                + DEMO_CALL
                + "'")
            .get(0)[0],
        "Hajar's half-typed application is kept as a draft");
  }

  @Test
  void everyHistoryOfTheDemoCallIsOneTheLifeCycleAllows() throws Exception {
    Map<String, List<String[]>> histories = new LinkedHashMap<>();
    for (String[] move :
        rows(
            "SELECT a.id, a.status, s.sequence, s.from_status, s.to_status FROM application a JOIN"
                + " application_status_change s ON s.application_id = a.id"
                + IN_DEMO_CALL
                + " ORDER BY a.id, s.sequence")) {
      histories.computeIfAbsent(move[0], id -> new ArrayList<>()).add(move);
    }
    assertTrue(histories.size() >= 60, "applications: " + histories.size());
    histories.forEach(
        (id, moves) -> {
          ApplicationStatus at = null;
          for (int i = 0; i < moves.size(); i++) {
            String[] move = moves.get(i);
            assertEquals(String.valueOf(i + 1), move[2], "application " + id);
            ApplicationStatus from = move[3] == null ? null : ApplicationStatus.valueOf(move[3]);
            ApplicationStatus to = ApplicationStatus.valueOf(move[4]);
            assertEquals(at, from, "application " + id + ", move " + (i + 1));
            assertTrue(
                from == null
                    ? EnumSet.of(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED).contains(to)
                    : from.canMoveTo(to),
                "application " + id + ": " + from + " → " + to);
            at = to;
          }
          assertEquals(moves.get(0)[1], at.name(), "application " + id + " is where it ended");
        });
  }

  @Test
  void theCommitteeSatWithMinutesAndEveryDecisionWasConfirmedByASecondMember() throws Exception {
    List<String[]> sessions =
        rows(
            "SELECT s.minutes FROM committee_session s JOIN call_for_applications c ON c.id ="
                + " s.call_id WHERE c.name = '"
                + DEMO_CALL
                + "'");
    assertTrue(sessions.size() >= 2, "sessions: " + sessions.size());
    sessions.forEach(session -> assertNotNull(session[0], "the session's minutes"));
    List<String[]> decisions =
        rows(
            "SELECT p.decision, p.proposed_by, p.settled_by FROM committee_proposal p JOIN"
                + " application a ON a.id = p.application_id"
                + IN_DEMO_CALL
                + " AND p.status = 'CONFIRMED'");
    assertTrue(
        decisions.stream().map(d -> d[0]).toList().containsAll(List.of("ADMIT", "WAIT", "DECLINE")),
        "confirmed decisions: " + decisions.stream().map(d -> d[0]).toList());
    decisions.forEach(d -> assertTrue(!d[1].equals(d[2]), "four eyes: " + String.join(" ", d)));
  }

  @Test
  void theDemoMentorReadsHisImportsRefusedLinesAndTheOtherMentorCannot() throws Exception {
    ImportStatus demo =
        asMentor
            .call(() -> imports.recent(new PageRequest(0, PageRequest.MAX_SIZE, null, false)))
            .stream()
            .filter(i -> i.fileName().equals("candidatures-papier-hay-mohammadi.csv"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the demo import is among the mentor's"));
    assertEquals(ImportState.FINISHED, demo.state());
    assertEquals(DEMO_CALL, demo.callName());
    assertEquals(
        List.of(8, 8, 4, 4), List.of(demo.total(), demo.done(), demo.imported(), demo.refused()));
    List<ImportLine> refused =
        asMentor.call(() -> imports.refusedLines(demo.id(), new PageRequest(0, 10, null, false)));
    assertEquals(List.of(4, 5, 6, 7), refused.stream().map(ImportLine::line).toList());
    assertEquals("selection.import.badValue", refused.get(0).messageKey());
    assertEquals("applicant.province.unknown", refused.get(1).messageKey());
    assertEquals("selection.application.duplicate", refused.get(2).messageKey());
    assertEquals("lastName", refused.get(3).field());

    assertEquals(demo.id(), asAdmin.call(() -> imports.status(demo.id())).id());
    assertThrows(
        NotFoundException.class, () -> asSecondMentor.call(() -> imports.status(demo.id())));
  }
}
