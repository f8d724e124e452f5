package org.incubator.web.starterkit;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.incubator.applicant.Trade;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.TitlesInThreeLanguages;
import org.incubator.starterkit.Catalogue;
import org.incubator.starterkit.KitArticle;
import org.incubator.starterkit.KitTemplate;
import org.incubator.starterkit.Supplier;
import org.incubator.starterkit.SupplierDetails;
import org.incubator.starterkit.Tracking;
import org.incubator.web.shared.LocaleSelection;
import org.incubator.web.shared.Messages;

/**
 * The catalogue: suppliers, articles, and the kit of each trade in versions. The administrator
 * writes a draft of a trade's kit line by line and publishes it; mentors read every version.
 */
@Named
@ViewScoped
public class CatalogueBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Catalogue catalogue;

  @Inject private LocaleSelection localeSelection;

  private transient List<Supplier> suppliers;
  private transient List<KitArticle> articles;
  private transient List<KitTemplate> versions;
  private SupplierDetails supplier = new SupplierDetails();
  private String articleAr;
  private String articleFr;
  private String articleEn;
  private Tracking tracking;
  private Trade trade = Trade.SEWING_TEXTILE;
  private Long shownId;
  private Long lineArticle;
  private Integer lineQuantity;
  private BigDecimal lineUnitCost;
  private String templateNote;

  public void load() {
    refresh();
    shownId = versions.isEmpty() ? null : versions.get(0).getId();
  }

  private void refresh() {
    suppliers = catalogue.suppliers();
    articles = catalogue.articles();
    versions = catalogue.versions(trade);
  }

  private interface Action {
    void run();
  }

  private void act(Action action, String doneKey) {
    try {
      action.run();
      Messages.info(doneKey);
    } catch (IncubatorException e) {
      Messages.show(e);
    }
    refresh();
  }

  public void addSupplier() {
    act(
        () -> {
          catalogue.addSupplier(supplier);
          supplier = new SupplierDetails();
        },
        "starterkit.supplier.added");
  }

  public void addArticle() {
    act(
        () -> {
          catalogue.addArticle(
              new TitlesInThreeLanguages(articleAr, articleFr, articleEn), tracking);
          articleAr = null;
          articleFr = null;
          articleEn = null;
          tracking = null;
        },
        "starterkit.article.added");
  }

  public void chooseTrade() {
    load();
  }

  public void show(Long templateId) {
    shownId = templateId;
    refresh();
  }

  public void startDraft() {
    act(() -> shownId = catalogue.startDraft(trade), "starterkit.template.draftStarted");
  }

  public void putLine() {
    act(
        () -> {
          KitTemplate draft = getShown();
          catalogue.putLine(
              draft.getId(), draft.getVersion(), lineArticle, lineQuantity, lineUnitCost);
          lineArticle = null;
          lineQuantity = null;
          lineUnitCost = null;
        },
        "starterkit.line.saved");
  }

  public void removeLine(Long lineId) {
    act(
        () -> catalogue.removeLine(getShown().getId(), getShown().getVersion(), lineId),
        "starterkit.line.removed");
  }

  public void publish() {
    act(
        () -> {
          catalogue.publish(getShown().getId(), getShown().getVersion(), templateNote);
          templateNote = null;
        },
        "starterkit.template.publishedDone");
  }

  public void discardDraft() {
    act(
        () -> catalogue.discardDraft(getShown().getId(), getShown().getVersion()),
        "starterkit.template.discarded");
    shownId = versions.isEmpty() ? null : versions.get(0).getId();
  }

  public KitTemplate getShown() {
    return getVersions().stream()
        .filter(v -> Objects.equals(v.getId(), shownId))
        .findFirst()
        .orElse(null);
  }

  public boolean isDraftOpen() {
    return getVersions().stream().anyMatch(KitTemplate::isDraft);
  }

  public List<SelectItem> getArticleOptions() {
    return getArticles().stream()
        .map(a -> new SelectItem(a.getId(), a.nameIn(localeSelection.getLocale())))
        .toList();
  }

  public List<Supplier> getSuppliers() {
    if (suppliers == null) {
      refresh();
    }
    return suppliers;
  }

  public List<KitArticle> getArticles() {
    if (articles == null) {
      refresh();
    }
    return articles;
  }

  public List<KitTemplate> getVersions() {
    if (versions == null) {
      refresh();
    }
    return versions;
  }

  public SupplierDetails getSupplier() {
    return supplier;
  }

  public String getArticleAr() {
    return articleAr;
  }

  public void setArticleAr(String articleAr) {
    this.articleAr = articleAr;
  }

  public String getArticleFr() {
    return articleFr;
  }

  public void setArticleFr(String articleFr) {
    this.articleFr = articleFr;
  }

  public String getArticleEn() {
    return articleEn;
  }

  public void setArticleEn(String articleEn) {
    this.articleEn = articleEn;
  }

  public Tracking getTracking() {
    return tracking;
  }

  public void setTracking(Tracking tracking) {
    this.tracking = tracking;
  }

  public Trade getTrade() {
    return trade;
  }

  public void setTrade(Trade trade) {
    this.trade = trade == null ? Trade.SEWING_TEXTILE : trade;
  }

  public Long getLineArticle() {
    return lineArticle;
  }

  public void setLineArticle(Long lineArticle) {
    this.lineArticle = lineArticle;
  }

  public Integer getLineQuantity() {
    return lineQuantity;
  }

  public void setLineQuantity(Integer lineQuantity) {
    this.lineQuantity = lineQuantity;
  }

  public BigDecimal getLineUnitCost() {
    return lineUnitCost;
  }

  public void setLineUnitCost(BigDecimal lineUnitCost) {
    this.lineUnitCost = lineUnitCost;
  }

  public String getTemplateNote() {
    return templateNote;
  }

  public void setTemplateNote(String templateNote) {
    this.templateNote = templateNote;
  }
}
