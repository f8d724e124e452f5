package org.incubator.web.shared;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewDeclarationLanguage;
import jakarta.faces.view.ViewDeclarationLanguageFactory;
import jakarta.faces.view.ViewDeclarationLanguageWrapper;
import java.io.IOException;

/**
 * Builds a postback's view once when the request ran no command. Mojarra builds it twice: once to
 * restore it, and again, whole, before rendering it, so that tag handlers ({@code c:forEach},
 * {@code c:if}) see what a command changed. A request that ran none — a table's paging, sorting and
 * filtering, a field's AJAX update — changed nothing those handlers read, and the second build was
 * a quarter of a list request's CPU. After a command (any {@link jakarta.faces.event.ActionEvent},
 * {@link RereadAfterCommands}) or a navigation to another view, Mojarra's own behaviour is kept.
 * Mojarra's 4.0 branch has since made this an option of its own (pull request 5812, {@code
 * com.sun.faces.disableRefreshTransientBuild}); WildFly 39 ships 4.0.13, and 4.0.14, the newest
 * release, does not have it.
 */
public class BuildOnceWithoutCommands extends ViewDeclarationLanguageFactory {

  private static final String RESTORED = BuildOnceWithoutCommands.class.getName() + ".restored";

  public BuildOnceWithoutCommands(ViewDeclarationLanguageFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ViewDeclarationLanguage getViewDeclarationLanguage(String viewId) {
    ViewDeclarationLanguage language = getWrapped().getViewDeclarationLanguage(viewId);
    return language == null ? null : new BuildOnce(language);
  }

  private static final class BuildOnce extends ViewDeclarationLanguageWrapper {

    BuildOnce(ViewDeclarationLanguage wrapped) {
      super(wrapped);
    }

    @Override
    public void buildView(FacesContext context, UIViewRoot root) throws IOException {
      PhaseId phase = context.getCurrentPhaseId();
      if (phase == PhaseId.RENDER_RESPONSE
          && context.isPostback()
          && root != null
          && root == context.getAttributes().get(RESTORED)
          && !RereadAfterCommands.ranCommand(context)) {
        return;
      }
      super.buildView(context, root);
      if (phase == PhaseId.RESTORE_VIEW) {
        context.getAttributes().put(RESTORED, root);
      }
    }
  }
}
