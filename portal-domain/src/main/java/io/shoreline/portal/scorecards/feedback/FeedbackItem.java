package io.shoreline.portal.scorecards.feedback;

import io.shoreline.portal.audit.Auditable;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.tenancy.isolation.TenantProperties;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A customer's feedback, recorded by a person of the vendor or by a system through the API (then
 * {@code recordedBy} is null and {@code source} names the token). The vendor corrects it and flags
 * it for the client's attention; the client turns it into a thread or an action item, each once.
 */
@Entity
@Table(name = "feedback_item")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE and DELETE by id then bind the tenant too
    // (eclipselink#1333)
    primaryKey = true)
@NamedQuery(
    name = FeedbackItem.BY_KEY,
    query = "SELECT f FROM FeedbackItem f WHERE f.idempotencyKey IN :keys")
@NamedQuery(
    name = FeedbackItem.UNANSWERED,
    query =
        "SELECT f FROM FeedbackItem f WHERE f.flagged = TRUE AND f.conversationId IS NULL"
            + " AND f.actionItemId IS NULL ORDER BY f.receivedOn DESC, f.id DESC")
@NamedQuery(
    name = FeedbackItem.COUNT_UNANSWERED,
    query =
        "SELECT COUNT(f) FROM FeedbackItem f WHERE f.flagged = TRUE AND f.conversationId IS NULL"
            + " AND f.actionItemId IS NULL")
@NamedQuery(
    name = FeedbackItem.TOPICS,
    query = "SELECT DISTINCT f.topic FROM FeedbackItem f ORDER BY f.topic")
public class FeedbackItem implements Auditable {

  static final String BY_KEY = "FeedbackItem.byKey";
  static final String UNANSWERED = "FeedbackItem.unanswered";
  static final String COUNT_UNANSWERED = "FeedbackItem.countUnanswered";
  static final String TOPICS = "FeedbackItem.topics";
  public static final int KEY_LENGTH = 100;
  static final int SOURCE_LENGTH = 160;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "received_on")
  private LocalDate receivedOn;

  @Enumerated(EnumType.STRING)
  private FeedbackChannel channel;

  private String topic;

  private String verbatim;

  @Enumerated(EnumType.STRING)
  private Sentiment sentiment;

  private boolean delighted;

  private boolean flagged;

  @Column(name = "recorded_org_id")
  private long recordedOrgId;

  @Column(name = "recorded_by")
  private Long recordedBy;

  private String source;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  @Column(name = "idempotency_key")
  private String idempotencyKey;

  @Column(name = "conversation_id")
  private Long conversationId;

  @Column(name = "action_item_id")
  private Long actionItemId;

  @Version private long version;

  protected FeedbackItem() {}

  FeedbackItem(
      FeedbackDetails details, boolean flagged, Recorder recorder, String key, Instant at) {
    correct(details);
    this.flagged = flagged;
    this.recordedOrgId = recorder.organizationId();
    this.recordedBy = recorder.accountId();
    String named = recorder.source();
    this.source = named.length() <= SOURCE_LENGTH ? named : named.substring(0, SOURCE_LENGTH);
    this.idempotencyKey = key;
    this.recordedAt = at;
  }

  /**
   * Who records an item: a person of the vendor, or a system (no account) named by its token; the
   * name is how notifications call them.
   */
  public record Recorder(long organizationId, Long accountId, String source, String name) {}

  void correct(FeedbackDetails details) {
    receivedOn = details.receivedOn();
    channel = details.channel();
    topic = details.topic();
    verbatim = details.verbatim();
    sentiment = details.sentiment();
    delighted = details.delighted();
  }

  void flag(boolean forAttention) {
    flagged = forAttention;
  }

  void becameThread(long threadId) {
    if (conversationId != null) {
      throw new RuleViolation("feedback.threadAlready");
    }
    conversationId = threadId;
  }

  void becameAction(long actionId) {
    if (actionItemId != null) {
      throw new RuleViolation("feedback.actionAlready");
    }
    actionItemId = actionId;
  }

  /** The details as they are now, to correct from. */
  public FeedbackDetails details() {
    return new FeedbackDetails(receivedOn, channel, topic, verbatim, sentiment, delighted);
  }

  @Override
  public Long getId() {
    return id;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public FeedbackChannel getChannel() {
    return channel;
  }

  public String getTopic() {
    return topic;
  }

  public String getVerbatim() {
    return verbatim;
  }

  public Sentiment getSentiment() {
    return sentiment;
  }

  public boolean isDelighted() {
    return delighted;
  }

  public boolean isFlagged() {
    return flagged;
  }

  public long getRecordedOrgId() {
    return recordedOrgId;
  }

  /** The person who recorded it; null when a system did (see {@link #getSource()}). */
  public Long getRecordedBy() {
    return recordedBy;
  }

  public String getSource() {
    return source;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public Long getConversationId() {
    return conversationId;
  }

  public Long getActionItemId() {
    return actionItemId;
  }

  public long getVersion() {
    return version;
  }

  /** Whether the client made something of it already (a thread or an action item). */
  public boolean isAnswered() {
    return conversationId != null || actionItemId != null;
  }

  @Override
  public String auditSummary() {
    return "Feedback "
        + topic
        + " ("
        + channel
        + ", "
        + receivedOn
        + ", "
        + sentiment
        + (delighted ? ", delighted" : ", not delighted")
        + (flagged ? ", flagged for the client" : "")
        + ")"
        + (conversationId == null ? "" : ", thread " + conversationId)
        + (actionItemId == null ? "" : ", action item " + actionItemId);
  }
}
