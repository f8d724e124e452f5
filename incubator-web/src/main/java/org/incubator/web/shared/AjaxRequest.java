package org.incubator.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.behavior.ClientBehaviorContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Map;

/**
 * What an AJAX request concerns, for the tag handlers that build a view ({@code c:if}). Every AJAX
 * request builds its page's whole view again to restore it; a part that such a request neither
 * submits nor updates can be left out of that build: the layout's header and menu for every AJAX
 * request, a page's other forms for the requests of one of its lists ({@code <c:if test="#{not
 * ajaxRequest.from('rankingForm')}">} on the committee's cohorts and sessions), a table's
 * neighbouring fields for the table's own pages ({@code sentBy('ranking')} on the ranking's
 * filters). A whole page, and any request another form or field sent, builds everything.
 */
@Named
@RequestScoped
public class AjaxRequest {

  /** Whether this request is an AJAX one. */
  public boolean isPartial() {
    return FacesContext.getCurrentInstance().getPartialViewContext().isPartialRequest();
  }

  /**
   * Whether this request is an AJAX one that this component sent: a table's own paging and sorting,
   * which need none of the fields beside it (its filters, read from the backing bean).
   */
  public boolean sentBy(String clientId) {
    return isPartial()
        && clientId.equals(parameters().get(ClientBehaviorContext.BEHAVIOR_SOURCE_PARAM_NAME));
  }

  /**
   * Whether this request is an AJAX one that posted this form's fields (a form posts its own client
   * id among them): a table's paging, sorting and filtering in that form, a change of one of its
   * fields.
   */
  public boolean from(String formId) {
    return isPartial() && parameters().containsKey(formId);
  }

  private static Map<String, String> parameters() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
  }
}
