package org.incubator.web.starterkit;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import org.incubator.shared.CentreTime;
import org.incubator.shared.IncubatorException;
import org.incubator.starterkit.AcknowledgementStatus;
import org.incubator.starterkit.AllocationLine;
import org.incubator.starterkit.AllocationStatus;
import org.incubator.starterkit.Allocations;
import org.incubator.starterkit.Custody;
import org.incubator.starterkit.HandoverDetails;
import org.incubator.starterkit.Handovers;
import org.incubator.starterkit.KitUnit;
import org.incubator.starterkit.PersonKit;
import org.incubator.starterkit.ReturnDetails;
import org.incubator.starterkit.SpotChecks;
import org.incubator.starterkit.Stock;
import org.incubator.starterkit.UnitStatus;
import org.incubator.web.shared.LocaleSelection;
import org.incubator.web.shared.Messages;
import org.incubator.web.shared.RecordIds;
import org.incubator.web.shared.Uploads;
import org.primefaces.model.file.UploadedFile;

/**
 * A person's kit, for mentors and administrators: allocating it, handing it over (the serials
 * picked, and the person's signature drawn on this screen or their confirmation awaited from their
 * own phone, which the page asks about every few seconds), then the custody of each unit and the
 * spot checks on visits.
 */
@Named
@ViewScoped
public class PersonKitBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What the signature pad sends: a PNG image as a data URL. */
  private static final String PNG_DATA_URL = "data:image/png;base64,";

  @Inject private Allocations allocations;

  @Inject private Handovers handovers;

  @Inject private Custody custody;

  @Inject private SpotChecks spotChecks;

  @Inject private Stock stock;

  @Inject private LocaleSelection localeSelection;

  private String participantParameter;
  private Long participantId;
  private transient PersonKit kit;
  private List<SerialPick> picks = new ArrayList<>();
  private HashMap<Long, ArrayList<SelectItem>> serialOptions = new HashMap<>();
  private LocalDate handedOn = CentreTime.today();
  private String place;
  private boolean onThePersonsPhone;
  private String signature;
  private transient UploadedFile photo;
  private transient UploadedFile spotCheckPhoto;
  private String waiverReason;
  private Long unitId;
  private boolean usable = true;
  private String condition;
  private LocalDate returnedOn = CentreTime.today();
  private String returnedBy;
  private boolean returnOnThePersonsPhone;
  private String returnSignature;
  private String lossNote;
  private LocalDate checkedOn = CentreTime.today();
  private List<Long> seen = new ArrayList<>();
  private String spotCheckNote;

  public void load() {
    participantId = RecordIds.parse(participantParameter, "training.participant.notFound");
    refresh();
  }

  private void refresh() {
    kit = custody.of(participantId);
    if (returnedBy == null) {
      returnedBy = kit.participant().getHolder().getFullName();
    }
    preparePicks();
  }

  /** One pick per serial-numbered unit the reserved kit needs, and the serials on the shelves. */
  private void preparePicks() {
    var allocation = kit.getAllocation();
    if (allocation.isEmpty()
        || allocation.get().getStatus() != AllocationStatus.RESERVED
        || kit.getHandover().isPresent()) {
      picks = new ArrayList<>();
      return;
    }
    if (!picks.isEmpty()) {
      return;
    }
    for (AllocationLine line : allocation.get().getLines()) {
      if (!line.getArticle().isSerialTracked()) {
        continue;
      }
      Long articleId = line.getArticle().getId();
      String name = line.getArticle().nameIn(localeSelection.getLocale());
      var options = new ArrayList<SelectItem>();
      for (KitUnit unit : stock.unitsInStock(articleId, "", 200)) {
        options.add(new SelectItem(unit.getId(), unit.getSerial()));
      }
      serialOptions.put(articleId, options);
      for (int i = 1; i <= line.getQuantity(); i++) {
        var pick = new SerialPick(articleId, name, i);
        // the first serials on the shelves, in order, unless the mentor picks others
        if (options.size() >= i) {
          pick.setUnitId((Long) options.get(i - 1).getValue());
        }
        picks.add(pick);
      }
    }
  }

  private interface Action {
    void run();
  }

  private void act(Action action, String doneKey) {
    try {
      action.run();
      if (doneKey != null) {
        Messages.info(doneKey);
      }
    } catch (IncubatorException e) {
      Messages.show(e);
    }
    refresh();
  }

  public void allocate() {
    act(() -> allocations.allocate(participantId), "starterkit.allocation.done");
  }

  public void cancelAllocation() {
    act(() -> allocations.cancel(kit.allocation().getId()), "starterkit.allocation.cancelled");
    picks = new ArrayList<>();
  }

  public void waive() {
    act(
        () -> {
          allocations.waiveTraining(kit.allocation().getId(), waiverReason);
          waiverReason = null;
        },
        "starterkit.waiver.done");
  }

  public void handOver() {
    act(
        () -> {
          var details = new HandoverDetails();
          details.setHandedOn(handedOn);
          details.setPlace(place);
          details.setUnitIds(
              picks.stream().map(SerialPick::getUnitId).filter(Objects::nonNull).toList());
          if (!onThePersonsPhone) {
            details.setSignature(signatureImage(signature, "signature"));
          }
          if (photo != null && photo.getSize() > 0) {
            details.attachPhoto(photo.getFileName(), Uploads.content(photo, "photo"));
          }
          handovers.handOver(kit.allocation().getId(), details);
          signature = null;
          photo = null;
          picks = new ArrayList<>();
        },
        onThePersonsPhone ? "starterkit.handover.awaiting" : "starterkit.handover.done");
  }

  /** The image a signature pad sent, refused on {@code field} when none was drawn. */
  private static byte[] signatureImage(String drawn, String field) {
    if (drawn == null || !drawn.startsWith(PNG_DATA_URL)) {
      throw IncubatorException.onField(field, "starterkit.handover.signatureRequired");
    }
    try {
      return Base64.getDecoder().decode(drawn.substring(PNG_DATA_URL.length()));
    } catch (IllegalArgumentException e) {
      throw IncubatorException.onField(field, "starterkit.handover.signatureUnreadable");
    }
  }

  /** What the page asks every few seconds while the person confirms on their phone. */
  public void checkConfirmation() {
    var pending = kit == null ? null : kit.handover();
    if (pending != null
        && !pending.isConfirmed()
        && handovers.status(pending.getId()) == AcknowledgementStatus.CONFIRMED) {
      Messages.info("starterkit.handover.confirmedOnPhone");
      refresh();
    }
  }

  public void withdraw() {
    act(() -> handovers.withdraw(kit.handover().getId()), "starterkit.handover.withdrawn");
  }

  public void transfer(Long unit) {
    act(() -> custody.transfer(unit), "starterkit.custody.done");
  }

  public void recover() {
    act(
        () -> {
          custody.recover(
              unitId,
              ReturnDetails.of(
                  returnedOn,
                  returnedBy,
                  usable,
                  condition,
                  returnOnThePersonsPhone
                      ? null
                      : signatureImage(returnSignature, "returnSignature")));
          condition = null;
          returnSignature = null;
        },
        returnOnThePersonsPhone ? "starterkit.return.awaiting" : "starterkit.custody.done");
  }

  public void reportLoss() {
    act(
        () -> {
          custody.reportLoss(unitId, lossNote);
          lossNote = null;
        },
        "starterkit.custody.done");
  }

  public void writeOff(Long unit) {
    act(() -> custody.writeOff(unit), "starterkit.custody.done");
  }

  public void found(Long unit) {
    act(() -> custody.found(unit, lossNote), "starterkit.custody.done");
  }

  public void spotCheck() {
    act(
        () -> {
          boolean withPhoto = spotCheckPhoto != null && spotCheckPhoto.getSize() > 0;
          spotChecks.record(
              participantId,
              checkedOn,
              seen,
              spotCheckNote,
              withPhoto ? spotCheckPhoto.getFileName() : null,
              withPhoto ? Uploads.content(spotCheckPhoto, "spotCheckPhoto") : null);
          spotCheckPhoto = null;
          spotCheckNote = null;
          seen = new ArrayList<>();
        },
        "starterkit.spotCheck.done");
  }

  public PersonKit getKit() {
    if (kit == null) {
      refresh();
    }
    return kit;
  }

  /** The units the person holds now, as choices for a recovery, a loss or a spot check. */
  public List<SelectItem> getUnitsOnLoan() {
    return getKit().units().stream()
        .filter(u -> u.getStatus() == UnitStatus.ON_LOAN)
        .map(
            u ->
                new SelectItem(
                    u.getId(),
                    u.getArticle().nameIn(localeSelection.getLocale()) + " · " + u.getSerial()))
        .toList();
  }

  public List<SelectItem> serialOptionsOf(Long articleId) {
    return serialOptions.getOrDefault(articleId, new ArrayList<>());
  }

  public String getParticipantParameter() {
    return participantParameter;
  }

  public void setParticipantParameter(String participantParameter) {
    this.participantParameter = participantParameter;
  }

  public Long getParticipantId() {
    return participantId;
  }

  public List<SerialPick> getPicks() {
    return picks;
  }

  public LocalDate getHandedOn() {
    return handedOn;
  }

  public void setHandedOn(LocalDate handedOn) {
    this.handedOn = handedOn;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public boolean isOnThePersonsPhone() {
    return onThePersonsPhone;
  }

  public void setOnThePersonsPhone(boolean onThePersonsPhone) {
    this.onThePersonsPhone = onThePersonsPhone;
  }

  public String getSignature() {
    return signature;
  }

  public void setSignature(String signature) {
    this.signature = signature;
  }

  public UploadedFile getPhoto() {
    return photo;
  }

  public void setPhoto(UploadedFile photo) {
    this.photo = photo;
  }

  public UploadedFile getSpotCheckPhoto() {
    return spotCheckPhoto;
  }

  public void setSpotCheckPhoto(UploadedFile spotCheckPhoto) {
    this.spotCheckPhoto = spotCheckPhoto;
  }

  public String getWaiverReason() {
    return waiverReason;
  }

  public void setWaiverReason(String waiverReason) {
    this.waiverReason = waiverReason;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public boolean isUsable() {
    return usable;
  }

  public void setUsable(boolean usable) {
    this.usable = usable;
  }

  public String getCondition() {
    return condition;
  }

  public void setCondition(String condition) {
    this.condition = condition;
  }

  public LocalDate getReturnedOn() {
    return returnedOn;
  }

  public void setReturnedOn(LocalDate returnedOn) {
    this.returnedOn = returnedOn;
  }

  public String getReturnedBy() {
    return returnedBy;
  }

  public void setReturnedBy(String returnedBy) {
    this.returnedBy = returnedBy;
  }

  public boolean isReturnOnThePersonsPhone() {
    return returnOnThePersonsPhone;
  }

  public void setReturnOnThePersonsPhone(boolean returnOnThePersonsPhone) {
    this.returnOnThePersonsPhone = returnOnThePersonsPhone;
  }

  public String getReturnSignature() {
    return returnSignature;
  }

  public void setReturnSignature(String returnSignature) {
    this.returnSignature = returnSignature;
  }

  public String getLossNote() {
    return lossNote;
  }

  public void setLossNote(String lossNote) {
    this.lossNote = lossNote;
  }

  public LocalDate getCheckedOn() {
    return checkedOn;
  }

  public void setCheckedOn(LocalDate checkedOn) {
    this.checkedOn = checkedOn;
  }

  public List<Long> getSeen() {
    return seen;
  }

  public void setSeen(List<Long> seen) {
    this.seen = seen;
  }

  public String getSpotCheckNote() {
    return spotCheckNote;
  }

  public void setSpotCheckNote(String spotCheckNote) {
    this.spotCheckNote = spotCheckNote;
  }
}
