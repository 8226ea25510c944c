package io.shoreline.portal.threads;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.tenancy.isolation.TenantProperties;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.QueryHints;

/** One person saw posts {@code fromSeq..toSeq} of a thread at {@code seenAt}. Append-only. */
@Entity
@Table(name = "post_seen")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE and DELETE by id then bind the tenant too
    // (eclipselink#1333)
    primaryKey = true)
@NamedQuery(
    name = PostSeen.OVERLAPPING,
    query =
        "SELECT s FROM PostSeen s JOIN FETCH s.account"
            + " WHERE s.conversationId = :thread AND s.toSeq >= :first AND s.fromSeq <= :last"
            + " ORDER BY s.seenAt",
    // EclipseLink does not apply a nested JOIN FETCH through an alias; this hint does
    hints = @QueryHint(name = QueryHints.FETCH, value = "s.account.organization"))
public class PostSeen {

  static final String OVERLAPPING = "PostSeen.overlapping";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "conversation_id")
  private long conversationId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  @Column(name = "from_seq")
  private int fromSeq;

  @Column(name = "to_seq")
  private int toSeq;

  @Column(name = "seen_at")
  private Instant seenAt;

  protected PostSeen() {}

  PostSeen(long conversationId, Account account, int fromSeq, int toSeq, Instant seenAt) {
    this.conversationId = conversationId;
    this.account = account;
    this.fromSeq = fromSeq;
    this.toSeq = toSeq;
    this.seenAt = seenAt;
  }

  public Account getAccount() {
    return account;
  }

  public boolean covers(int seq) {
    return fromSeq <= seq && seq <= toSeq;
  }

  public Instant getSeenAt() {
    return seenAt;
  }
}
