package org.incubator.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.FacesContextWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourcesFoundOnceTest {

  /** Mojarra's handler as far as views go: the application's pages, and a log of each lookup. */
  private static final class Pages extends ResourceHandler {

    final List<String> lookedUp = new ArrayList<>();
    boolean servingAResource;

    @Override
    public ViewResource createViewResource(FacesContext context, String name) {
      lookedUp.add(name);
      return name.startsWith("/applicant/")
          ? new ViewResource() {
            @Override
            public URL getURL() {
              return null;
            }
          }
          : null;
    }

    @Override
    public Resource createResource(String name) {
      return null;
    }

    @Override
    public Resource createResource(String name, String library) {
      lookedUp.add(library + ":" + name);
      return "incubator".equals(library) && !name.contains("none") ? new Asset(name) : null;
    }

    @Override
    public Resource createResource(String name, String library, String contentType) {
      return null;
    }

    @Override
    public void handleResourceRequest(FacesContext context) throws IOException {}

    @Override
    public boolean isResourceRequest(FacesContext context) {
      return servingAResource;
    }

    @Override
    public boolean libraryExists(String library) {
      return false;
    }

    @Override
    public String getRendererTypeForResourceName(String name) {
      return null;
    }
  }

  /** A stylesheet or script as Mojarra makes it. */
  private static final class Asset extends Resource {

    Asset(String name) {
      setResourceName(name);
    }

    @Override
    public InputStream getInputStream() {
      return null;
    }

    @Override
    public Map<String, String> getResponseHeaders() {
      return Map.of();
    }

    @Override
    public String getRequestPath() {
      return "/jakarta.faces.resource/" + getResourceName();
    }

    @Override
    public URL getURL() {
      return null;
    }

    @Override
    public boolean userAgentNeedsUpdate(FacesContext context) {
      return true;
    }
  }

  /** A request being rendered: the current Faces context, as the handler finds it. */
  private static final class RequestScope extends FacesContextWrapper implements AutoCloseable {

    RequestScope() {
      super(null);
      setCurrentInstance(this);
    }

    @Override
    public void close() {
      setCurrentInstance(null);
    }
  }

  private final Pages pages = new Pages();
  private final ResourcesFoundOnce resources = new ResourcesFoundOnce(pages);

  @Test
  void aPageIsLookedUpOnceHoweverOftenItIsNamed() {
    ViewResource first = resources.createViewResource(null, "/applicant/holders.xhtml");
    for (int link = 0; link < 20; link++) {
      assertSame(first, resources.createViewResource(null, "/applicant/holders.xhtml"));
    }
    assertEquals(List.of("/applicant/holders.xhtml"), pages.lookedUp);
  }

  @Test
  void aNameThatIsNoPageIsLookedUpEachTimeAndNeverKept() {
    for (int request = 0; request < 3; request++) {
      assertNull(resources.createViewResource(null, "/benchmark/no-such-page.xhtml"));
    }
    assertEquals(3, pages.lookedUp.size(), "whatever an address says is not remembered");
  }

  @Test
  void howeverManyWaysAnAddressSpellsAPageNoMoreThanTheBoundAreKept() {
    int spellings = ResourcesFoundOnce.KEPT_AT_MOST + 50;
    for (int i = 0; i < spellings; i++) {
      resources.createViewResource(null, "/applicant/" + "/".repeat(i) + "holders.xhtml");
    }
    pages.lookedUp.clear();
    for (int i = 0; i < spellings; i++) {
      resources.createViewResource(null, "/applicant/" + "/".repeat(i) + "holders.xhtml");
    }
    assertEquals(50, pages.lookedUp.size(), "the spellings beyond the bound are looked up again");
  }

  @Test
  void aStylesheetAPageRendersIsLookedUpOnceAndServedByTheFullLookup() {
    try (var request = new RequestScope()) {
      Resource first = resources.createResource("css/incubator.css", "incubator");
      for (int page = 0; page < 20; page++) {
        assertSame(first, resources.createResource("css/incubator.css", "incubator"));
      }
      assertNull(resources.createResource("css/none.css", "incubator"));
      assertNull(resources.createResource("css/none.css", "incubator"));
      assertEquals(
          List.of(
              "incubator:css/incubator.css", "incubator:css/none.css", "incubator:css/none.css"),
          pages.lookedUp);

      pages.servingAResource = true;
      Resource served = resources.createResource("css/incubator.css", "incubator");
      assertNotSame(
          first, served, "a download gets a resource of its own, whose headers it writes");
    }
  }
}
