package io.shoreline.portal.twofactor;

import io.shoreline.portal.audit.AuditScope;
import io.shoreline.portal.audit.Auditable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A person's authenticator app: its seed, sealed, and whether a first code confirmed it. Global
 * like the account it belongs to; its changes go to the organization's audit trail.
 */
@Entity
@Table(name = "second_factor")
@NamedQuery(
    name = SecondFactor.ACCEPT_STEP,
    query =
        "UPDATE SecondFactor f SET f.lastStep = :step WHERE f.accountId = :account"
            + " AND f.enabledAt IS NOT NULL AND f.lastStep < :step")
@NamedQuery(
    name = SecondFactor.OF_ORGANIZATION,
    query =
        "SELECT f FROM SecondFactor f WHERE f.organizationId = :organization"
            + " AND f.accountId IN :accounts")
public class SecondFactor implements Auditable {

  /**
   * Records a code's step as the last accepted, only if it is later than the stored one: of two
   * requests with the same code at once, one updates the row and the other finds nothing to update.
   * EclipseLink raises the version with it, so an admin's reset seen before a sign-in is refused.
   */
  static final String ACCEPT_STEP = "SecondFactor.acceptStep";

  static final String OF_ORGANIZATION = "SecondFactor.ofOrganization";

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "organization_id")
  private long organizationId;

  @Column(name = "sealed_seed")
  private String sealedSeed;

  @Column(name = "enabled_at")
  private Instant enabledAt;

  @Column(name = "last_step")
  private long lastStep;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected SecondFactor() {}

  SecondFactor(long accountId, long organizationId, String sealedSeed, Instant createdAt) {
    this.accountId = accountId;
    this.organizationId = organizationId;
    this.sealedSeed = sealedSeed;
    this.createdAt = createdAt;
  }

  /** Confirmed by a code of this step: from now on sign-in asks for a code. */
  void enable(Instant at, long confirmedStep) {
    this.enabledAt = at;
    this.lastStep = confirmedStep;
  }

  @Override
  public Long getId() {
    return accountId;
  }

  public long getAccountId() {
    return accountId;
  }

  public boolean isEnabled() {
    return enabledAt != null;
  }

  public Instant getEnabledAt() {
    return enabledAt;
  }

  String getSealedSeed() {
    return sealedSeed;
  }

  long getLastStep() {
    return lastStep;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String auditSummary() {
    return "Authenticator app of account "
        + accountId
        + (enabledAt == null ? ", awaiting its first code" : ", on since " + enabledAt);
  }

  @Override
  public AuditScope auditScope() {
    return AuditScope.organization(organizationId);
  }
}
