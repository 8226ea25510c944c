package io.shoreline.portal.apitokens;

import io.shoreline.portal.audit.AuditScope;
import io.shoreline.portal.audit.Auditable;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A machine credential of one side of a workspace. Global, like a membership: it decides which
 * workspace a request may enter, so it is found by its hash before a tenant is known; every query
 * names the workspace and side itself. Not cached: a revocation on one cluster node must count on
 * every node at the next request.
 */
@Entity
@Table(name = "api_token")
@Cacheable(false)
// its scopes in the same statement: every API request starts here
@NamedQuery(
    name = ApiToken.BY_HASH,
    query = "SELECT DISTINCT t FROM ApiToken t LEFT JOIN FETCH t.scopes WHERE t.secretHash = :hash")
@NamedQuery(
    name = ApiToken.OF_SIDE,
    query =
        "SELECT t FROM ApiToken t WHERE t.workspaceId = :workspace AND t.organizationId = :side"
            + " ORDER BY t.createdAt DESC, t.id DESC")
@NamedQuery(
    name = ApiToken.BY_NAME,
    query =
        "SELECT t FROM ApiToken t WHERE t.workspaceId = :workspace AND t.organizationId = :side"
            + " AND t.name = :name")
@NamedQuery(
    name = ApiToken.COUNT_OF_SIDE,
    query =
        "SELECT COUNT(t) FROM ApiToken t WHERE t.workspaceId = :workspace"
            + " AND t.organizationId = :side")
public class ApiToken implements Auditable {

  static final String BY_HASH = "ApiToken.byHash";
  static final String OF_SIDE = "ApiToken.ofSide";
  static final String COUNT_OF_SIDE = "ApiToken.countOfSide";
  static final String BY_NAME = "ApiToken.byName";
  public static final int NAME_LENGTH = 80;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "workspace_id")
  private long workspaceId;

  @Column(name = "organization_id")
  private long organizationId;

  private String name;

  @Column(name = "secret_hash")
  private String secretHash;

  @Column(name = "display_prefix")
  private String displayPrefix;

  @Column(name = "created_by")
  private long createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "revoked_by")
  private Long revokedBy;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  // written by TokenUse alone, at most once a minute (never set here, so never written back)
  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  // a page of tokens reads the scopes of all its tokens in one statement
  @ElementCollection(fetch = FetchType.EAGER)
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "api_token_scope", joinColumns = @JoinColumn(name = "token_id"))
  private List<TokenScope> scopes = new ArrayList<>();

  // the vendor's systems record customer feedback with it
  @Column(name = "can_record_feedback")
  private boolean recordFeedback;

  @Version private long version;

  protected ApiToken() {}

  ApiToken(
      long workspaceId,
      long organizationId,
      String name,
      TokenSecret secret,
      List<TokenScope> scopes,
      boolean recordFeedback,
      long createdBy,
      Instant createdAt) {
    this.workspaceId = workspaceId;
    this.organizationId = organizationId;
    this.name = name;
    this.secretHash = secret.hash();
    this.displayPrefix = secret.displayPrefix();
    this.scopes = new ArrayList<>(scopes);
    this.recordFeedback = recordFeedback;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  void revoke(long by, Instant at) {
    if (revokedAt == null) {
      revokedBy = by;
      revokedAt = at;
    }
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public boolean mayRead(long feedId) {
    return scopeOf(feedId).map(TokenScope::isRead).orElse(false);
  }

  public boolean mayWrite(long feedId) {
    return scopeOf(feedId).map(TokenScope::isWrite).orElse(false);
  }

  /** Whether it may record (and read) the workspace's customer feedback. */
  public boolean isRecordFeedback() {
    return recordFeedback;
  }

  private Optional<TokenScope> scopeOf(long feedId) {
    return scopes.stream().filter(scope -> scope.getFeedId() == feedId).findFirst();
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getWorkspaceId() {
    return workspaceId;
  }

  public long getOrganizationId() {
    return organizationId;
  }

  public String getName() {
    return name;
  }

  public String getDisplayPrefix() {
    return displayPrefix;
  }

  public long getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Long getRevokedBy() {
    return revokedBy;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public List<TokenScope> getScopes() {
    return scopes.stream().sorted(Comparator.comparingLong(TokenScope::getFeedId)).toList();
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String auditSummary() {
    return "API token "
        + name
        + " ("
        + displayPrefix
        + "…) of organization "
        + organizationId
        + ": "
        + getScopes().stream().map(TokenScope::toString).collect(Collectors.joining(", "))
        + (recordFeedback ? (scopes.isEmpty() ? "" : ", ") + "records feedback" : "")
        + (isRevoked() ? "; revoked" : "");
  }

  /** Both sides see in the workspace's trail that a token was made or revoked. */
  @Override
  public AuditScope auditScope() {
    return AuditScope.workspace(workspaceId);
  }
}
