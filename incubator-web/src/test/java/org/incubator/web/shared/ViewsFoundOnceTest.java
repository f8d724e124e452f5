package org.incubator.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViewsFoundOnceTest {

  /** Mojarra's handler as far as views go: the application's pages, and a log of each lookup. */
  private static final class Pages extends ResourceHandler {

    final List<String> lookedUp = new ArrayList<>();

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
      return null;
    }

    @Override
    public Resource createResource(String name, String library, String contentType) {
      return null;
    }

    @Override
    public void handleResourceRequest(FacesContext context) throws IOException {}

    @Override
    public boolean isResourceRequest(FacesContext context) {
      return false;
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

  private final Pages pages = new Pages();
  private final ViewsFoundOnce views = new ViewsFoundOnce(pages);

  @Test
  void aPageIsLookedUpOnceHoweverOftenItIsNamed() {
    ViewResource first = views.createViewResource(null, "/applicant/holders.xhtml");
    for (int link = 0; link < 20; link++) {
      assertSame(first, views.createViewResource(null, "/applicant/holders.xhtml"));
    }
    assertEquals(List.of("/applicant/holders.xhtml"), pages.lookedUp);
  }

  @Test
  void aNameThatIsNoPageIsLookedUpEachTimeAndNeverKept() {
    for (int request = 0; request < 3; request++) {
      assertNull(views.createViewResource(null, "/benchmark/no-such-page.xhtml"));
    }
    assertEquals(3, pages.lookedUp.size(), "whatever an address says is not remembered");
  }

  @Test
  void howeverManyWaysAnAddressSpellsAPageNoMoreThanTheBoundAreKept() {
    int spellings = ViewsFoundOnce.KEPT_AT_MOST + 50;
    for (int i = 0; i < spellings; i++) {
      views.createViewResource(null, "/applicant/" + "/".repeat(i) + "holders.xhtml");
    }
    pages.lookedUp.clear();
    for (int i = 0; i < spellings; i++) {
      views.createViewResource(null, "/applicant/" + "/".repeat(i) + "holders.xhtml");
    }
    assertEquals(50, pages.lookedUp.size(), "the spellings beyond the bound are looked up again");
  }
}
