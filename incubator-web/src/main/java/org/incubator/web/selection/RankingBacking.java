package org.incubator.web.selection;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.incubator.applicant.Gender;
import org.incubator.applicant.Trade;
import org.incubator.selection.ApplicationStatus;
import org.incubator.selection.CallsForApplications;
import org.incubator.selection.Ranking;
import org.incubator.selection.RankingFilter;
import org.incubator.web.shared.KeptReads;
import org.incubator.web.shared.LocaleSelection;
import org.incubator.web.shared.RecordIds;

/**
 * A call's ranking for mentors, filtered by status, province, gender and trade. The committee page
 * uses the same ranking, narrowed to the applications before the committee.
 */
@Named
@ViewScoped
public class RankingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CallsForApplications calls;

  @Inject private Ranking ranking;

  @Inject private LocaleSelection localeSelection;

  private String callParameter;
  private Long callId;
  private String callName;
  private List<ApplicationStatus> statuses = new ArrayList<>();
  private String provinceCode;
  private Gender gender;
  private Trade trade;
  private RankingLazyModel rows;

  public void load() {
    if (callId == null) {
      callId = RecordIds.parse(callParameter, "selection.call.notFound");
      rows = new RankingLazyModel(ranking, this::filter, localeSelection::getLocale);
    }
    // the call's name heads the page: kept a while, like the lists' counts (an unknown call is
    // refused by the read)
    callName =
        KeptReads.ofSession()
            .of(RankingBacking.class, callId, () -> calls.getCall(callId).getName());
  }

  /** Narrows the ranking to the statuses the committee decides on. */
  public void committeeView() {
    load();
    if (statuses.isEmpty()) {
      statuses = new ArrayList<>(List.of(ApplicationStatus.SHORTLISTED, ApplicationStatus.WAITING));
    }
  }

  private RankingFilter filter() {
    return new RankingFilter(callId, Set.copyOf(statuses), provinceCode, gender, trade);
  }

  public List<ApplicationStatus> getRankedStatuses() {
    return ApplicationStatus.RANKED.stream().sorted().toList();
  }

  public String getCallName() {
    return callName;
  }

  public Long getCallId() {
    return callId;
  }

  public RankingLazyModel getRows() {
    return rows;
  }

  public String getCallParameter() {
    return callParameter;
  }

  public void setCallParameter(String callParameter) {
    this.callParameter = callParameter;
  }

  /** An array, not a list: the select menu converts its values to the array's element type. */
  public ApplicationStatus[] getStatuses() {
    return statuses.toArray(ApplicationStatus[]::new);
  }

  public void setStatuses(ApplicationStatus[] chosen) {
    this.statuses = chosen == null ? new ArrayList<>() : new ArrayList<>(List.of(chosen));
  }

  public String getProvinceCode() {
    return provinceCode;
  }

  public void setProvinceCode(String provinceCode) {
    this.provinceCode = provinceCode;
  }

  public Gender getGender() {
    return gender;
  }

  public void setGender(Gender gender) {
    this.gender = gender;
  }

  public Trade getTrade() {
    return trade;
  }

  public void setTrade(Trade trade) {
    this.trade = trade;
  }
}
