package org.incubator.starterkit;

import java.io.Serializable;

/** A supplier as a form holds it. */
public class SupplierDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private String phone;
  private String email;
  private String address;

  public static SupplierDetails of(Supplier supplier) {
    var details = new SupplierDetails();
    details.name = supplier.getName();
    details.phone = supplier.getPhone();
    details.email = supplier.getEmail();
    details.address = supplier.getAddress();
    return details;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }
}
