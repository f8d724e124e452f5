package org.incubator.coaching;

import java.io.Serializable;
import java.time.LocalDate;

/** A business's launch as the form holds it. */
public class LaunchDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  private LegalForm legalForm;
  private String registrationNumber;
  private LocalDate startedOn;
  private String address;
  private String provinceCode;
  private String activity;

  public static LaunchDetails of(BusinessLaunch launch) {
    var details = new LaunchDetails();
    details.legalForm = launch.getLegalForm();
    details.registrationNumber = launch.getRegistrationNumber();
    details.startedOn = launch.getStartedOn();
    details.address = launch.getAddress();
    details.provinceCode = launch.getProvince().getCode();
    details.activity = launch.getActivity();
    return details;
  }

  public LegalForm getLegalForm() {
    return legalForm;
  }

  public void setLegalForm(LegalForm legalForm) {
    this.legalForm = legalForm;
  }

  public String getRegistrationNumber() {
    return registrationNumber;
  }

  public void setRegistrationNumber(String registrationNumber) {
    this.registrationNumber = registrationNumber;
  }

  public LocalDate getStartedOn() {
    return startedOn;
  }

  public void setStartedOn(LocalDate startedOn) {
    this.startedOn = startedOn;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getProvinceCode() {
    return provinceCode;
  }

  public void setProvinceCode(String provinceCode) {
    this.provinceCode = provinceCode;
  }

  public String getActivity() {
    return activity;
  }

  public void setActivity(String activity) {
    this.activity = activity;
  }
}
