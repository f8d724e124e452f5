package org.incubator.web.starterkit;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.incubator.shared.CentreTime;
import org.incubator.shared.IncubatorException;
import org.incubator.starterkit.Catalogue;
import org.incubator.starterkit.DeliveryDetails;
import org.incubator.starterkit.DeliveryLineDetails;
import org.incubator.starterkit.DeliverySummary;
import org.incubator.starterkit.KitArticle;
import org.incubator.starterkit.Shortfall;
import org.incubator.starterkit.Stock;
import org.incubator.web.shared.Charts;
import org.incubator.web.shared.LocaleSelection;
import org.incubator.web.shared.Messages;
import org.incubator.web.shared.Uploads;
import org.incubator.web.shared.WholeListModel;
import org.primefaces.model.file.UploadedFile;

/**
 * The store: each article on the shelves (free, reserved, with people) and its value, the articles
 * the next kits lack, the deliveries received, and the storekeeper's form for a new delivery.
 */
@Named
@ViewScoped
public class StockBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Stock stock;

  @Inject private Catalogue catalogue;

  @Inject private LocaleSelection localeSelection;

  private transient List<KitArticle> articles;
  private transient List<Shortfall> shortfalls;
  private WholeListModel<DeliverySummary> deliveries;
  private DeliveryDetails delivery = newDelivery();
  private transient UploadedFile note;

  public void load() {
    if (deliveries == null) {
      deliveries =
          WholeListModel.of(
              "deliveries", stock::countDeliveries, stock::deliveries, DeliverySummary::id);
    }
    refresh();
  }

  private void refresh() {
    articles = catalogue.articles();
    shortfalls = stock.shortfalls();
  }

  private static DeliveryDetails newDelivery() {
    var details = new DeliveryDetails();
    details.setReceivedOn(CentreTime.today());
    details.setLines(new ArrayList<>(List.of(new DeliveryLineDetails())));
    return details;
  }

  public void addLine() {
    delivery.getLines().add(new DeliveryLineDetails());
  }

  public void receive() {
    try {
      if (note != null && note.getSize() > 0) {
        delivery.attachNote(note.getFileName(), Uploads.content(note, "deliveryNote"));
      }
      stock.receive(delivery);
      note = null;
      Messages.info("starterkit.delivery.received");
      delivery = newDelivery();
    } catch (IncubatorException e) {
      Messages.show(e);
    }
    refresh();
  }

  /** On the shelves by article, free and reserved stacked: the chart beside the table. */
  public String getStockChart() {
    return Charts.stackedBars(
        getArticles().stream().map(a -> a.nameIn(localeSelection.getLocale())).toList(),
        localeSelection.isRightToLeft(),
        new Charts.Series(
            Messages.text("starterkit.stock.available"),
            "#2e7d32",
            getArticles().stream().map(a -> a.getStock().available()).toList()),
        new Charts.Series(
            Messages.text("starterkit.stock.reserved"),
            "#f9a825",
            getArticles().stream().map(a -> a.getStock().reserved()).toList()),
        new Charts.Series(
            Messages.text("starterkit.stock.withPeople"),
            "#1565c0",
            getArticles().stream().map(a -> a.getStock().withPeople()).toList()));
  }

  public List<SelectItem> getSupplierOptions() {
    return catalogue.suppliers().stream().map(s -> new SelectItem(s.getId(), s.getName())).toList();
  }

  public List<SelectItem> getArticleOptions() {
    return getArticles().stream()
        .map(
            a ->
                new SelectItem(
                    a.getId(),
                    a.nameIn(localeSelection.getLocale())
                        + " · "
                        + Messages.text("Tracking." + a.getTracking().name())))
        .toList();
  }

  public List<KitArticle> getArticles() {
    if (articles == null) {
      refresh();
    }
    return articles;
  }

  public List<Shortfall> getShortfalls() {
    if (shortfalls == null) {
      refresh();
    }
    return shortfalls;
  }

  public WholeListModel<DeliverySummary> getDeliveries() {
    return deliveries;
  }

  public UploadedFile getNote() {
    return note;
  }

  public void setNote(UploadedFile note) {
    this.note = note;
  }

  public DeliveryDetails getDelivery() {
    return delivery;
  }
}
