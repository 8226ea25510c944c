package io.shoreline.portal.threads;

import io.shoreline.portal.tenancy.isolation.TenantProperties;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** How far one person has read one thread: the number of the last post they saw. */
@Entity
@Table(name = "thread_reader")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE and DELETE by id then bind the tenant too
    // (eclipselink#1333)
    primaryKey = true)
@NamedQuery(
    name = ThreadReader.OF_THREAD,
    query =
        "SELECT r FROM ThreadReader r WHERE r.conversationId = :thread AND r.accountId = :account")
@NamedQuery(
    name = ThreadReader.OF_THREADS,
    query =
        "SELECT r FROM ThreadReader r WHERE r.accountId = :account AND r.conversationId IN :threads")
@NamedQuery(
    name = ThreadReader.SEEN_IN_ALL,
    query = "SELECT SUM(r.lastSeenSeq) FROM ThreadReader r WHERE r.accountId = :account")
public class ThreadReader {

  static final String OF_THREAD = "ThreadReader.ofThread";
  static final String OF_THREADS = "ThreadReader.ofThreads";
  static final String SEEN_IN_ALL = "ThreadReader.seenInAll";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "conversation_id")
  private long conversationId;

  @Column(name = "account_id")
  private long accountId;

  @Column(name = "last_seen_seq")
  private int lastSeenSeq;

  @Version private long version;

  protected ThreadReader() {}

  ThreadReader(long conversationId, long accountId) {
    this.conversationId = conversationId;
    this.accountId = accountId;
  }

  public long getConversationId() {
    return conversationId;
  }

  public int getLastSeenSeq() {
    return lastSeenSeq;
  }

  void sawUpTo(int seq) {
    lastSeenSeq = Math.max(lastSeenSeq, seq);
  }
}
