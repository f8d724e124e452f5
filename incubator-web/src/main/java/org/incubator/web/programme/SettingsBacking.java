package org.incubator.web.programme;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.incubator.grant.Milestone;
import org.incubator.programme.Programme;
import org.incubator.programme.Setting;
import org.incubator.programme.SettingChange;
import org.incubator.programme.SettingContext;
import org.incubator.programme.SettingsDetails;
import org.incubator.shared.IncubatorException;
import org.incubator.web.shared.Messages;
import org.incubator.web.shared.WholeListModel;

/**
 * The administrator's programme settings ({@code /programme/settings.xhtml}): a card per context
 * with a field per declared {@link Setting}, and the history of changes, paged by the database.
 */
@Named
@ViewScoped
public class SettingsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The contexts that have settings, in their order, each with its settings as declared. */
  private static final List<Card> CARDS =
      Arrays.stream(SettingContext.values())
          .map(
              context ->
                  new Card(
                      context,
                      Arrays.stream(Setting.values())
                          .filter(setting -> setting.getContext() == context)
                          .toList()))
          .filter(card -> !card.getSettings().isEmpty())
          .toList();

  @Inject private Programme programme;

  private SettingsDetails details;
  private WholeListModel<SettingChange> changes;

  public void load() {
    if (details == null) {
      details = SettingsDetails.of(programme.settings());
    }
    if (changes == null) {
      changes =
          WholeListModel.of(
              "setting changes", programme::countChanges, programme::changes, SettingChange::getId);
    }
  }

  public void save() {
    try {
      programme.change(details);
      Messages.info("programme.settings.saved");
      details = SettingsDetails.of(programme.settings());
    } catch (IncubatorException e) {
      Messages.show(e);
    }
  }

  /**
   * Reads what is typed for a setting as the service will, so that every field typed out of bounds
   * is refused on itself, in the reader's language, before anything is sent.
   */
  public void check(FacesContext faces, UIComponent input, Object typed) {
    var setting = (Setting) input.getAttributes().get("setting");
    try {
      setting.read(typed == null ? null : typed.toString());
    } catch (IncubatorException refusal) {
      String text = Messages.text(refusal.getMessageKey(), refusal.getArguments());
      throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
  }

  public void addShare(Setting plan) {
    details.getPlans().get(plan).add(new SettingsDetails.Share(null, Milestone.EVALUATION_PASSED));
  }

  public void removeShare(Setting plan, SettingsDetails.Share share) {
    List<SettingsDetails.Share> shares = details.getPlans().get(plan);
    if (shares.size() > 1) {
      shares.remove(share);
    }
  }

  public List<Card> getCards() {
    return CARDS;
  }

  public SettingsDetails getDetails() {
    return details;
  }

  public WholeListModel<SettingChange> getChanges() {
    return changes;
  }

  /** One card of the page: a context and its settings. */
  public static final class Card implements Serializable {

    private static final long serialVersionUID = 1L;

    private final SettingContext context;
    private final List<Setting> settings;

    Card(SettingContext context, List<Setting> settings) {
      this.context = context;
      this.settings = List.copyOf(settings);
    }

    public SettingContext getContext() {
      return context;
    }

    public List<Setting> getSettings() {
      return settings;
    }
  }
}
