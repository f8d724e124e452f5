package org.incubator.web.shared;

import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds each page of the application once. Mojarra looks a view up again every time it is named —
 * the page asked for, and every link and menu item whose target it checks — and each lookup first
 * asks the application's message bundle for a locale prefix the application does not have, which
 * Mojarra learns from a {@link java.util.MissingResourceException}: a list of twenty links threw
 * twenty exceptions per request, a tenth of a table's AJAX request. The pages are packaged in the
 * application and do not change while it runs, so a view found is kept; a name that is no page (a
 * 404, whatever an address says) is looked up each time and never kept. Addresses that spell a page
 * in other ways (doubled slashes) could name it many times over, so no more than {@link
 * #KEPT_AT_MOST} are kept; beyond them a page is looked up as Mojarra does.
 */
public class ViewsFoundOnce extends ResourceHandlerWrapper {

  /** Far more than the application's pages (about sixty). */
  static final int KEPT_AT_MOST = 1_000;

  private final Map<String, ViewResource> found = new ConcurrentHashMap<>();

  public ViewsFoundOnce(ResourceHandler wrapped) {
    super(wrapped);
  }

  @Override
  public ViewResource createViewResource(FacesContext context, String resourceName) {
    ViewResource view = found.get(resourceName);
    if (view == null) {
      view = getWrapped().createViewResource(context, resourceName);
      if (view != null && found.size() < KEPT_AT_MOST) {
        found.put(resourceName, view);
      }
    }
    return view;
  }
}
