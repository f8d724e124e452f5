package org.incubator.web.shared;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Finds each page, stylesheet and script of the application once. Mojarra looks a resource up again
 * every time it is named — the page asked for, every link and menu item whose target it checks,
 * every stylesheet and script a page's head names — and each lookup first asks the application's
 * message bundle for a locale prefix the application does not have, which Mojarra learns from a
 * {@link java.util.MissingResourceException}: a list of twenty links threw twenty exceptions per
 * request, a tenth of a table's AJAX request, and the head's resources were 4 % of the light page.
 * They are packaged in the application and do not change while it runs, so a resource found is
 * kept; a name that is nothing (a 404, whatever an address says) is looked up each time and never
 * kept. Addresses that spell a page in other ways (doubled slashes) could name it many times over,
 * so no more than {@link #KEPT_AT_MOST} of each kind are kept; beyond them a name is looked up as
 * Mojarra does.
 *
 * <p>A stylesheet or script is kept for rendering its address only: the request that downloads it
 * is served by Mojarra's own lookup, since serving it writes headers into the resource.
 */
public class ResourcesFoundOnce extends ResourceHandlerWrapper {

  /** Far more than the application's pages (about sixty) and their stylesheets and scripts. */
  static final int KEPT_AT_MOST = 1_000;

  private final Map<String, ViewResource> views = new ConcurrentHashMap<>();
  private final Map<String, Resource> rendered = new ConcurrentHashMap<>();

  public ResourcesFoundOnce(ResourceHandler wrapped) {
    super(wrapped);
  }

  @Override
  public ViewResource createViewResource(FacesContext context, String resourceName) {
    return found(views, resourceName, () -> getWrapped().createViewResource(context, resourceName));
  }

  @Override
  public Resource createResource(String resourceName) {
    return createResource(resourceName, null, null);
  }

  @Override
  public Resource createResource(String resourceName, String libraryName) {
    return renderedOrServed(
        resourceName + '|' + libraryName,
        () -> getWrapped().createResource(resourceName, libraryName));
  }

  @Override
  public Resource createResource(String resourceName, String libraryName, String contentType) {
    return renderedOrServed(
        resourceName + '|' + libraryName + '|' + contentType,
        () -> getWrapped().createResource(resourceName, libraryName, contentType));
  }

  private Resource renderedOrServed(String key, Supplier<Resource> lookup) {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context == null || getWrapped().isResourceRequest(context)) {
      return lookup.get();
    }
    return found(rendered, key, lookup);
  }

  private static <R> R found(Map<String, R> kept, String key, Supplier<R> lookup) {
    R resource = kept.get(key);
    if (resource == null) {
      resource = lookup.get();
      if (resource != null && kept.size() < KEPT_AT_MOST) {
        kept.put(key, resource);
      }
    }
    return resource;
  }
}
