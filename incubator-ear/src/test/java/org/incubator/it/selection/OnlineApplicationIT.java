package org.incubator.it.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.incubator.applicant.ClaimStatus;
import org.incubator.applicant.IdentityClaims;
import org.incubator.applicant.ProjectHolderDetails;
import org.incubator.applicant.ProjectHolderRegister;
import org.incubator.identity.SignUpDetails;
import org.incubator.identity.UserAccounts;
import org.incubator.it.support.Accounts;
import org.incubator.it.support.AsAdmin;
import org.incubator.it.support.AsApplicant;
import org.incubator.it.support.AsEntrepreneur;
import org.incubator.it.support.AsMentor;
import org.incubator.it.support.Calls;
import org.incubator.it.support.Deployments;
import org.incubator.it.support.Holders;
import org.incubator.programme.Programme;
import org.incubator.programme.Setting;
import org.incubator.programme.SettingsDetails;
import org.incubator.selection.ApplicationDocument;
import org.incubator.selection.ApplicationStatus;
import org.incubator.selection.Applications;
import org.incubator.selection.DocumentKind;
import org.incubator.selection.MyApplications;
import org.incubator.selection.StatusChange;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.NotFoundException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A young person applies online: opens an account, keeps a draft, submits, attaches documents
 * checked by their content; in WildFly on MariaDB, each test with its own applicant and call.
 */
@ExtendWith(ArquillianExtension.class)
class OnlineApplicationIT {

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport(OnlineApplicationIT.class);
  }

  @EJB(lookup = "java:global/incubator/incubator-ejb/MyApplications")
  MyApplications myApplications;

  @EJB(lookup = "java:global/incubator/incubator-ejb/Applications")
  Applications applications;

  @EJB(lookup = Calls.JNDI)
  Calls calls;

  @EJB(lookup = "java:global/incubator/incubator-ejb/ProjectHolderRegister")
  ProjectHolderRegister register;

  @EJB(lookup = "java:global/incubator/incubator-ejb/UserAccounts")
  UserAccounts accounts;

  @EJB(lookup = "java:global/incubator/incubator-ejb/IdentityClaims")
  IdentityClaims claims;

  @EJB(lookup = "java:global/incubator/incubator-ejb/Programme")
  Programme programme;

  @EJB(lookup = Accounts.JNDI)
  Accounts newAccounts;

  @EJB(lookup = AsApplicant.JNDI)
  AsApplicant asApplicant;

  @EJB(lookup = AsEntrepreneur.JNDI)
  AsEntrepreneur asOtherEntrepreneur;

  @EJB(lookup = AsMentor.JNDI)
  AsMentor asMentor;

  @EJB(lookup = AsAdmin.JNDI)
  AsAdmin asAdmin;

  /** A call open today, which the applicant finds among the calls they can apply to now. */
  private Long openCall(String name, String applicant) throws Exception {
    Long id = calls.open(Calls.openToday(name));
    assertTrue(
        asApplicant.call(applicant, () -> myApplications.openCalls()).stream()
            .anyMatch(c -> c.getId().equals(id)),
        name + " is open to applicants today");
    return id;
  }

  /** The applicant's application under this CIN, sent online to a call of its own. */
  private Long submitted(String applicant, String cin) throws Exception {
    Long callId = openCall("Online call of " + cin, applicant);
    return asApplicant.call(
        applicant, () -> myApplications.submit(callId, Holders.details(cin, "Salma", "Online")));
  }

  @Test
  void aYoungPersonOpensAnAccountAndTheUsernameIsTheirsAlone() throws Exception {
    String username = "salma.signs.up";
    var signUp = new SignUpDetails();
    signUp.setUsername(username);
    signUp.setDisplayName("Salma Online");
    signUp.setPassword("a-long-password-1");
    signUp.setPasswordRepeat("another-password");
    assertEquals(
        "passwordRepeat",
        assertThrows(IncubatorException.class, () -> accounts.openEntrepreneurAccount(signUp))
            .getField()
            .orElseThrow());

    signUp.setPasswordRepeat("a-long-password-1");
    accounts.openEntrepreneurAccount(signUp);
    var taken =
        assertThrows(IncubatorException.class, () -> accounts.openEntrepreneurAccount(signUp));
    assertEquals("username", taken.getField().orElseThrow());
    assertEquals("ENTREPRENEUR", accounts.findByUsername(username).orElseThrow().getRole().name());
  }

  @Test
  void anIncompleteDraftIsKeptAndComesBack() throws Exception {
    String me = newAccounts.entrepreneur("drafting");
    Long callId = openCall("Online call for a draft", me);
    var partial = new ProjectHolderDetails();
    partial.setFirstName("Salma");
    partial.setHouseholdSize(5);
    partial.setBirthDate(LocalDate.of(2001, 4, 9));
    asApplicant.call(
        me,
        () -> {
          myApplications.saveDraft(callId, partial);
          return null;
        });

    ProjectHolderDetails back = asApplicant.call(me, () -> myApplications.draft(callId));
    assertEquals("Salma", back.getFirstName());
    assertEquals(5, back.getHouseholdSize());
    assertEquals(LocalDate.of(2001, 4, 9), back.getBirthDate());
    assertEquals(null, back.getLastName());
    assertTrue(asApplicant.call(me, () -> myApplications.draftSavedAt(callId)).isPresent());
    assertTrue(
        asApplicant.call(me, () -> myApplications.mine()).isEmpty(),
        "a draft is not an application yet");
  }

  @Test
  void aCinAlreadyInTheRegisterIsClaimedNotTakenAndAMentorConfirmsWhoThePersonIs()
      throws Exception {
    String me = newAccounts.entrepreneur("claiming");
    Long callId = openCall("Online call for a registered CIN", me);
    Long paperId =
        asMentor.call(() -> register.register(Holders.details("OL1001", "Paper", "Person")));
    var refused =
        assertThrows(
            IncubatorException.class,
            () ->
                asApplicant.call(
                    me,
                    () ->
                        myApplications.submit(
                            callId, Holders.details("OL1001", "Salma", "Online"))));
    assertEquals("cin", refused.getField().orElseThrow());
    assertEquals("applicant.claim.recorded", refused.getMessageKey());
    assertTrue(
        asApplicant.call(me, () -> myApplications.mine()).isEmpty(),
        "nothing of the registered file");
    Long paperApplication = asMentor.call(() -> applications.applyOnPaper(paperId, callId));
    assertTrue(
        asApplicant.call(me, () -> myApplications.mine()).isEmpty(),
        "not even what the centre records afterwards");
    assertThrows(
        NotFoundException.class,
        () -> asApplicant.call(me, () -> myApplications.get(paperApplication)));

    var claim = asMentor.call(() -> claims.ofHolder(paperId)).get(0);
    assertEquals(ClaimStatus.TO_CONFIRM, claim.getStatus());
    assertEquals(me, claim.getAccount());
    var noReason =
        assertThrows(
            IncubatorException.class,
            () ->
                asMentor.call(
                    () -> {
                      claims.refuse(claim.getId(), " ");
                      return null;
                    }));
    assertEquals("claimReason", noReason.getField().orElseThrow());
    asMentor.call(
        () -> {
          claims.confirm(claim.getId());
          return null;
        });
    assertEquals(
        List.of(paperApplication),
        asApplicant.call(me, () -> myApplications.mine()).stream().map(a -> a.getId()).toList(),
        "confirmed: the file is theirs");

    asMentor.call(
        () -> {
          claims.unlink(claim.getId(), "The CIN card showed another person");
          return null;
        });
    assertTrue(asApplicant.call(me, () -> myApplications.mine()).isEmpty(), "a wrong link undone");
    assertEquals(
        List.of("CONFIRMED", "UNLINKED"),
        asMentor.call(() -> claims.linksOf(paperId)).stream().map(e -> e.getAction()).toList(),
        "every link and unlink is kept");
  }

  @Test
  void submittingRegistersMyFileAndTheTimelineStartsWithTheDraft() throws Exception {
    String me = newAccounts.entrepreneur("submitting");
    Long callId = openCall("Online call to submit to", me);
    var started = new ProjectHolderDetails();
    started.setFirstName("Salma");
    asApplicant.call(
        me,
        () -> {
          myApplications.saveDraft(callId, started);
          return null;
        });
    assertTrue(asApplicant.call(me, () -> myApplications.draftSavedAt(callId)).isPresent());
    Long id =
        asApplicant.call(
            me, () -> myApplications.submit(callId, Holders.details("OL2002", "Salma", "Online")));

    var mine = asApplicant.call(me, () -> myApplications.get(id));
    assertEquals(ApplicationStatus.ELIGIBLE, mine.getStatus());
    assertEquals(me, mine.getHolder().getAccount().orElseThrow());
    List<StatusChange> history = asApplicant.call(me, () -> myApplications.history(id));
    assertEquals(
        List.of(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, ApplicationStatus.ELIGIBLE),
        history.stream().map(StatusChange::getTo).toList());
    assertTrue(
        history.get(0).getAt().isBefore(history.get(1).getAt()),
        "the draft was started before it was sent");
    assertTrue(
        asApplicant.call(me, () -> myApplications.draftSavedAt(callId)).isEmpty(),
        "the draft is gone once sent");

    var again =
        assertThrows(
            IncubatorException.class,
            () ->
                asApplicant.call(
                    me,
                    () ->
                        myApplications.submit(
                            callId, Holders.details("OL2002", "Salma", "Online"))));
    assertEquals("selection.application.alreadyApplied", again.getMessageKey());
    assertTrue(
        asApplicant.call(me, () -> myApplications.identityToConfirm()),
        "an online file waits for a mentor to see the CIN card");
    Long holderId = mine.getHolder().getId();
    Long otherCall = calls.open(Calls.openToday("A paper call for the same person"));
    var unconfirmed =
        assertThrows(
            IncubatorException.class,
            () -> asMentor.call(() -> applications.applyOnPaper(holderId, otherCall)));
    assertEquals(
        "applicant.claim.unconfirmedAccount",
        unconfirmed.getMessageKey(),
        "what the centre records waits for the identity");
    assertThrows(
        IncubatorException.class,
        () ->
            asApplicant.call(
                me,
                () -> {
                  myApplications.saveDraft(callId, new ProjectHolderDetails());
                  return null;
                }));
  }

  @Test
  void documentsAreCheckedByTheirContentAndKeptOutsideTheWebRoot() throws Exception {
    String me = newAccounts.entrepreneur("attaching");
    Long id = submitted(me, "OL5005");
    Long cinScan =
        asApplicant.call(
            me,
            () ->
                myApplications.attach(id, DocumentKind.CIN_SCAN, "C:\\Users\\salma\\cin.pdf", PDF));

    byte[] textNamedPdf = "just some text, not a PDF".getBytes(StandardCharsets.UTF_8);
    var notPdf =
        assertThrows(
            IncubatorException.class,
            () ->
                asApplicant.call(
                    me,
                    () ->
                        myApplications.attach(
                            id, DocumentKind.SKILL_PROOF, "diploma.pdf", textNamedPdf)));
    assertEquals("file", notPdf.getField().orElseThrow());
    assertEquals("selection.document.format", notPdf.getMessageKey());
    byte[] hugePng = new byte[5 * 1024 * 1024 + 1];
    System.arraycopy(
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, hugePng, 0, 8);
    assertEquals(
        "selection.document.tooBig",
        assertThrows(
                IncubatorException.class,
                () ->
                    asApplicant.call(
                        me,
                        () ->
                            myApplications.attach(
                                id, DocumentKind.SKILL_PROOF, "diploma.png", hugePng)))
            .getMessageKey());

    List<ApplicationDocument> documents =
        asApplicant.call(me, () -> myApplications.documentsOf(id));
    assertEquals(1, documents.size());
    ApplicationDocument kept = documents.get(0);
    assertEquals("cin.pdf", kept.getFileName());
    assertEquals("application/pdf", kept.getMediaType());
    assertEquals(PDF.length, kept.getSize());
    assertArrayEquals(
        PDF, asApplicant.call(me, () -> myApplications.openDocument(cinScan)).bytes());
    Path stored =
        Path.of(
            System.getProperty("incubator.documents.dir"),
            kept.getStorageKey().substring(0, 2),
            kept.getStorageKey());
    assertArrayEquals(PDF, Files.readAllBytes(stored));

    assertEquals(1, asMentor.call(() -> applications.documentsOf(id)).size());
    assertTrue(Arrays.equals(PDF, asMentor.call(() -> applications.openDocument(cinScan)).bytes()));
    assertThrows(
        NotFoundException.class,
        () -> asOtherEntrepreneur.call(() -> myApplications.openDocument(cinScan)));
    assertThrows(
        NotFoundException.class,
        () ->
            asOtherEntrepreneur.call(
                () -> myApplications.attach(id, DocumentKind.CIN_SCAN, "x.pdf", PDF)));
  }

  @Test
  void documentsStayWithinTheirQuotasPerApplicationAndPerAccount() throws Exception {
    String me = newAccounts.entrepreneur("quota");
    Long id = submitted(me, "OL6006");
    asApplicant.call(me, () -> myApplications.attach(id, DocumentKind.CIN_SCAN, "cin.pdf", PDF));
    var before = asAdmin.call(() -> programme.settings());
    try {
      changeSettings(
          Map.of(Setting.DOCUMENTS_PER_APPLICATION, "2", Setting.MEGABYTES_PER_ACCOUNT, "5"));
      int held = asApplicant.call(me, () -> myApplications.documentsOf(id)).size();
      assertEquals(1, held, "the scan attached before the quotas were tightened");
      byte[] fourMegabytes = new byte[4 * 1024 * 1024];
      System.arraycopy(PDF, 0, fourMegabytes, 0, PDF.length);
      asApplicant.call(
          me,
          () -> myApplications.attach(id, DocumentKind.SKILL_PROOF, "diploma.pdf", fourMegabytes));
      var full =
          assertThrows(
              IncubatorException.class,
              () ->
                  asApplicant.call(
                      me,
                      () ->
                          myApplications.attach(
                              id, DocumentKind.PROJECT_DESCRIPTION, "plan.pdf", PDF)));
      assertEquals("selection.document.tooMany", full.getMessageKey());
      assertEquals("file", full.getField().orElseThrow());

      changeSettings(Map.of(Setting.DOCUMENTS_PER_APPLICATION, "10"));
      byte[] twoMegabytes = new byte[2 * 1024 * 1024];
      System.arraycopy(PDF, 0, twoMegabytes, 0, PDF.length);
      var quota =
          assertThrows(
              IncubatorException.class,
              () ->
                  asApplicant.call(
                      me,
                      () ->
                          myApplications.attach(
                              id, DocumentKind.PROJECT_DESCRIPTION, "plan.pdf", twoMegabytes)));
      assertEquals(
          "selection.document.quota",
          quota.getMessageKey(),
          "4 MB used, 2 more would pass the account's 5 MB");
    } finally {
      changeSettings(
          Map.of(
              Setting.DOCUMENTS_PER_APPLICATION,
              before.text(Setting.DOCUMENTS_PER_APPLICATION),
              Setting.MEGABYTES_PER_ACCOUNT,
              before.text(Setting.MEGABYTES_PER_ACCOUNT)));
    }
  }

  /** The administrator opens the settings page, types these values and saves. */
  private void changeSettings(Map<Setting, String> typed) throws Exception {
    asAdmin.call(
        () -> {
          var details = SettingsDetails.of(programme.settings());
          typed.forEach(details::type);
          programme.change(details);
          return null;
        });
  }
}
