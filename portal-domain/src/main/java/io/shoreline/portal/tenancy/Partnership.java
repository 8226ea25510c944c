package io.shoreline.portal.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One client and one vendor working together: the shared workspace. Global, not a tenant row. */
@Entity
@Table(name = "partnership")
public class Partnership {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "client_org_id")
  private Organization client;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "vendor_org_id")
  private Organization vendor;

  private String name;

  @Enumerated(EnumType.STRING)
  private PartnershipStatus status;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected Partnership() {}

  Partnership(
      Organization client,
      Organization vendor,
      String name,
      PartnershipStatus status,
      Instant createdAt) {
    this.client = client;
    this.vendor = vendor;
    this.name = name;
    this.status = status;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public Organization getClient() {
    return client;
  }

  public Organization getVendor() {
    return vendor;
  }

  public String getName() {
    return name;
  }

  public PartnershipStatus getStatus() {
    return status;
  }
}
