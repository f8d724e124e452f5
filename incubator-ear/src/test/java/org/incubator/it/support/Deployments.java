package org.incubator.it.support;

import java.io.File;
import java.net.URISyntaxException;
import org.incubator.it.web.FacesClient;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jsoup.Jsoup;

/**
 * The one deployment builder of the whole-application tests: the real EAR the build produced, as it
 * ships. In-container tests add a small EJB module that lets them act in a role.
 */
public final class Deployments {

  public static final String NAME = "incubator.ear";

  private Deployments() {}

  /** The application exactly as the build packaged it. */
  public static EnterpriseArchive application() {
    return ShrinkWrap.create(ZipImporter.class, NAME)
        .importFrom(new File(System.getProperty("it.ear")))
        .as(EnterpriseArchive.class);
  }

  /**
   * The application plus the test support module and the test classes, for tests that run inside
   * the server.
   */
  public static EnterpriseArchive withTestSupport(Class<?>... testClasses) {
    return withSupport(
        ShrinkWrap.create(JavaArchive.class, "test-support.jar")
            .addPackage(Deployments.class.getPackage())
            .addClasses(testClasses));
  }

  /**
   * The same, for in-container tests that also use the application's pages the way a browser does
   * (FacesClient).
   */
  public static EnterpriseArchive withTestSupportAndPages(Class<?>... testClasses) {
    JavaArchive support =
        ShrinkWrap.create(JavaArchive.class, "test-support.jar")
            .addPackage(Deployments.class.getPackage())
            .addClasses(testClasses)
            .addClasses(
                FacesClient.class,
                FacesClient.Page.class,
                FacesClient.Partial.class,
                FacesClient.AjaxRequest.class);
    try {
      return withSupport(support)
          .addAsLibrary(
              new File(Jsoup.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static EnterpriseArchive withSupport(JavaArchive support) {
    return application()
        .addAsModule(support)
        .setApplicationXML(
            new StringAsset(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <application xmlns="https://jakarta.ee/xml/ns/jakartaee" version="10">
                  <application-name>incubator</application-name>
                  <module><ejb>incubator-ejb.jar</ejb></module>
                  <module><ejb>test-support.jar</ejb></module>
                  <module><web><web-uri>incubator-web.war</web-uri><context-root>/incubator</context-root></web></module>
                  <library-directory>lib</library-directory>
                </application>
                """));
  }
}
