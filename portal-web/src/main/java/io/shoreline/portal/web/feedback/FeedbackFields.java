package io.shoreline.portal.web.feedback;

import io.shoreline.portal.scorecards.feedback.FeedbackChannel;
import io.shoreline.portal.scorecards.feedback.FeedbackDetails;
import io.shoreline.portal.scorecards.feedback.FeedbackItem;
import io.shoreline.portal.scorecards.feedback.Sentiment;
import java.io.Serializable;
import java.time.LocalDate;

/** The fields of a feedback item's form, to record or correct it. */
public class FeedbackFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private LocalDate receivedOn;
  private FeedbackChannel channel;
  private String topic;
  private String verbatim;
  private Sentiment sentiment;
  private boolean delighted;

  static FeedbackFields of(FeedbackItem item) {
    FeedbackFields fields = new FeedbackFields();
    fields.receivedOn = item.getReceivedOn();
    fields.channel = item.getChannel();
    fields.topic = item.getTopic();
    fields.verbatim = item.getVerbatim();
    fields.sentiment = item.getSentiment();
    fields.delighted = item.isDelighted();
    return fields;
  }

  FeedbackDetails details() {
    return new FeedbackDetails(receivedOn, channel, topic, verbatim, sentiment, delighted);
  }

  public FeedbackChannel[] getChannels() {
    return FeedbackChannel.values();
  }

  public Sentiment[] getSentiments() {
    return Sentiment.values();
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }

  public FeedbackChannel getChannel() {
    return channel;
  }

  public void setChannel(FeedbackChannel channel) {
    this.channel = channel;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public String getVerbatim() {
    return verbatim;
  }

  public void setVerbatim(String verbatim) {
    this.verbatim = verbatim;
  }

  public Sentiment getSentiment() {
    return sentiment;
  }

  public void setSentiment(Sentiment sentiment) {
    this.sentiment = sentiment;
  }

  public boolean isDelighted() {
    return delighted;
  }

  public void setDelighted(boolean delighted) {
    this.delighted = delighted;
  }
}
