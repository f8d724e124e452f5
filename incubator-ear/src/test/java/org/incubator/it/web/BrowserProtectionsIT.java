package org.incubator.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incubator.it.support.Deployments;
import org.incubator.it.web.FacesClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every response tells the browser: a Content-Security-Policy that runs only the page's own
 * scripts (a fresh nonce each time, no inline handler), no framing, no sniffing, no address sent
 * elsewhere, cookies that scripts and other sites cannot use, and HTTPS kept once reached.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserProtectionsIT {

  private static final Pattern NONCE = Pattern.compile("script-src ([^;]*)'nonce-([^']+)'");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @Test
  void everyScriptOfAPageCarriesTheFreshNonceOfItsPolicyAndNoHandlerIsInline() {
    var client = new FacesClient();
    Page first = client.get("/login.xhtml");
    Page second = client.get("/login.xhtml");

    String policy =
        first
            .header("Content-Security-Policy")
            .orElseThrow(() -> new AssertionError("no Content-Security-Policy"));
    Matcher script = NONCE.matcher(policy);
    assertTrue(script.find(), policy);
    assertFalse(script.group(1).contains("unsafe"), policy);
    assertTrue(
        policy.contains("frame-ancestors 'none'")
            && policy.contains("object-src 'none'")
            && policy.contains("base-uri 'self'"),
        policy);
    Matcher again = NONCE.matcher(second.header("Content-Security-Policy").orElseThrow());
    assertTrue(again.find());
    assertNotEquals(script.group(2), again.group(2), "a fresh nonce each time");

    for (Page page :
        List.of(
            first,
            client.signIn("mentor").get("/applicant/holders.xhtml"),
            client.get("/selection/calls.xhtml"))) {
      String nonce = nonceOf(page);
      for (Element element : page.html().getAllElements()) {
        assertTrue(
            element.attributes().asList().stream()
                .noneMatch(a -> a.getKey().toLowerCase().startsWith("on")),
            "inline handler on " + page.url() + ": " + element.outerHtml());
        if (element.tagName().equals("script") && !element.hasAttr("src")) {
          assertEquals(
              nonce, element.attr("nonce"), "inline script without the nonce on " + page.url());
        }
      }
      assertFalse(page.body().contains("javascript:"), page.url());
    }
  }

  @Test
  void noPageCanBeFramedSniffedOrTellAnotherSiteWhereItCameFrom() {
    Page page = new FacesClient().get("/login.xhtml");
    assertEquals("nosniff", page.header("X-Content-Type-Options").orElse(""));
    assertEquals("DENY", page.header("X-Frame-Options").orElse(""));
    assertEquals("same-origin", page.header("Referrer-Policy").orElse(""));
    assertTrue(page.header("Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP");
    Page missing = new FacesClient().get("/no-such-page.xhtml");
    assertEquals(404, missing.status());
    assertEquals("nosniff", missing.header("X-Content-Type-Options").orElse(""), "error pages too");
  }

  @Test
  void theSessionCookieIsForThisSiteOnlyAndSecureOverHttps() {
    String overHttp = sessionCookie(new FacesClient().get("/login.xhtml"));
    assertTrue(overHttp.contains("HttpOnly"), overHttp);
    assertTrue(overHttp.contains("SameSite=Lax"), overHttp);
    assertFalse(
        overHttp.toLowerCase().contains("secure"),
        "over plain HTTP a Secure cookie would never come back: " + overHttp);

    Page behindTls = new FacesClient().withHeader("X-Forwarded-Proto", "https").get("/login.xhtml");
    String overHttps = sessionCookie(behindTls);
    assertTrue(
        overHttps.toLowerCase().contains("; secure")
            && overHttps.contains("SameSite=Lax")
            && overHttps.contains("HttpOnly"),
        overHttps);
    assertTrue(
        behindTls.header("Strict-Transport-Security").orElse("").startsWith("max-age="),
        "HTTPS is kept once reached");
  }

  @Test
  void signedInPagesAreNeverStored() {
    Page page = new FacesClient().signIn("mentor").get("/applicant/holders.xhtml");
    assertTrue(
        page.header("Cache-Control").orElse("").contains("no-store"),
        page.header("Cache-Control").orElse("none"));
  }

  private static String nonceOf(Page page) {
    Matcher script =
        NONCE.matcher(
            page.header("Content-Security-Policy")
                .orElseThrow(() -> new AssertionError("no policy on " + page.url())));
    assertTrue(script.find());
    return script.group(2);
  }

  private static String sessionCookie(Page page) {
    return page.headersNamed("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no session cookie: " + page.headersNamed("Set-Cookie")));
  }
}
