package io.shoreline.portal.twofactor;

import io.shoreline.portal.audit.AuditScope;
import io.shoreline.portal.audit.Auditable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One recovery code of an account, as its hash ({@link RecoveryCodes}); usable once. */
@Entity
@Table(name = "recovery_code")
@NamedQuery(
    name = RecoveryCode.UNUSED_BY_HASH,
    query =
        "SELECT c FROM RecoveryCode c WHERE c.accountId = :account AND c.codeHash = :hash"
            + " AND c.usedAt IS NULL")
@NamedQuery(
    name = RecoveryCode.COUNT_UNUSED,
    query = "SELECT COUNT(c) FROM RecoveryCode c WHERE c.accountId = :account AND c.usedAt IS NULL")
@NamedQuery(
    name = RecoveryCode.DELETE_OF_ACCOUNT,
    query = "DELETE FROM RecoveryCode c WHERE c.accountId = :account")
public class RecoveryCode implements Auditable {

  static final String UNUSED_BY_HASH = "RecoveryCode.unusedByHash";
  static final String COUNT_UNUSED = "RecoveryCode.countUnused";
  static final String DELETE_OF_ACCOUNT = "RecoveryCode.deleteOfAccount";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id")
  private long accountId;

  @Column(name = "organization_id")
  private long organizationId;

  @Column(name = "code_hash")
  private String codeHash;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "used_at")
  private Instant usedAt;

  /** Two sign-ins with the same code at once: the second one's update fails on the version. */
  @Version private long version;

  protected RecoveryCode() {}

  RecoveryCode(long accountId, long organizationId, String codeHash, Instant createdAt) {
    this.accountId = accountId;
    this.organizationId = organizationId;
    this.codeHash = codeHash;
    this.createdAt = createdAt;
  }

  void use(Instant at) {
    this.usedAt = at;
  }

  @Override
  public Long getId() {
    return id;
  }

  @Override
  public String auditSummary() {
    return "Recovery code of account " + accountId + (usedAt == null ? ", unused" : ", used");
  }

  @Override
  public AuditScope auditScope() {
    return AuditScope.organization(organizationId);
  }
}
