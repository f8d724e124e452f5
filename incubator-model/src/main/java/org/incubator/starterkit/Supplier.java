package org.incubator.starterkit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.incubator.shared.TypedText;

/** A firm the centre buys kit articles from: data the administrator keeps. */
@Entity
@Table(name = "kit_supplier")
public class Supplier {

  public static final int NAME_LENGTH = 120;
  public static final int PHONE_LENGTH = 30;
  public static final int EMAIL_LENGTH = 120;
  public static final int ADDRESS_LENGTH = 300;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "name", length = NAME_LENGTH, nullable = false)
  private String name;

  @Column(name = "phone", length = PHONE_LENGTH)
  private String phone;

  @Column(name = "email", length = EMAIL_LENGTH)
  private String email;

  @Column(name = "address", length = ADDRESS_LENGTH)
  private String address;

  protected Supplier() {}

  public Supplier(SupplierDetails details) {
    change(details);
  }

  public void change(SupplierDetails details) {
    this.name = TypedText.required(details.getName(), "supplierName", NAME_LENGTH);
    this.phone = TypedText.optional(details.getPhone(), "supplierPhone", PHONE_LENGTH);
    this.email = TypedText.optional(details.getEmail(), "supplierEmail", EMAIL_LENGTH);
    this.address = TypedText.optional(details.getAddress(), "supplierAddress", ADDRESS_LENGTH);
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getName() {
    return name;
  }

  public String getPhone() {
    return phone;
  }

  public String getEmail() {
    return email;
  }

  public String getAddress() {
    return address;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Supplier other && id != null && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return Supplier.class.hashCode();
  }
}
