package io.shoreline.portal.web.feedback;

import io.shoreline.portal.scorecards.feedback.FeedbackChannel;
import io.shoreline.portal.scorecards.feedback.FeedbackFilter;
import io.shoreline.portal.scorecards.feedback.Sentiment;
import io.shoreline.portal.scorecards.feedback.TrendPeriod;
import io.shoreline.portal.web.platform.RowParameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The filter of app/feedback.xhtml from its query (a bookmarkable GET, which the scorecard's links
 * use: from and to are inclusive days), or on a postback of its table from the form's fields. A
 * value that means nothing (a bad day, an unknown channel) is no filter.
 */
@Named
@RequestScoped
public class FeedbackQuery {

  static final String[] NAMES = {
    "from", "to", "topic", "channel", "sentiment", "flagged", "delighted", "period"
  };

  private final Map<String, String> values = new LinkedHashMap<>();

  public FeedbackFilter filter() {
    return new FeedbackFilter(
        day("from"),
        day("to"),
        get("topic"),
        choice("channel", FeedbackChannel.class),
        choice("sentiment", Sentiment.class),
        "true".equals(get("flagged")),
        get("delighted") == null ? null : Boolean.valueOf("true".equals(get("delighted"))));
  }

  public TrendPeriod getPeriod() {
    TrendPeriod period = choice("period", TrendPeriod.class);
    return period == null ? TrendPeriod.MONTH : period;
  }

  /** The query's value of a parameter (the view parameter, or the form's field on a postback). */
  public String get(String name) {
    String value = values.containsKey(name) ? values.get(name) : RowParameters.parameter(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The parameters set, to carry into links and the table's postbacks. */
  public Map<String, String> getSet() {
    Map<String, String> set = new LinkedHashMap<>();
    for (String name : NAMES) {
      if (get(name) != null) {
        set.put(name, get(name));
      }
    }
    return set;
  }

  public boolean isFlaggedOnly() {
    return filter().flaggedOnly();
  }

  private LocalDate day(String name) {
    try {
      return get(name) == null ? null : LocalDate.parse(get(name));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private <E extends Enum<E>> E choice(String name, Class<E> type) {
    try {
      return get(name) == null ? null : Enum.valueOf(type, get(name).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public String getFrom() {
    return get("from");
  }

  public void setFrom(String from) {
    values.put("from", from);
  }

  public String getTo() {
    return get("to");
  }

  public void setTo(String to) {
    values.put("to", to);
  }

  public String getTopic() {
    return get("topic");
  }

  public void setTopic(String topic) {
    values.put("topic", topic);
  }

  public String getChannel() {
    return get("channel");
  }

  public void setChannel(String channel) {
    values.put("channel", channel);
  }

  public String getSentiment() {
    return get("sentiment");
  }

  public void setSentiment(String sentiment) {
    values.put("sentiment", sentiment);
  }

  public String getFlagged() {
    return get("flagged");
  }

  public void setFlagged(String flagged) {
    values.put("flagged", flagged);
  }

  public String getDelighted() {
    return get("delighted");
  }

  public void setDelighted(String delighted) {
    values.put("delighted", delighted);
  }

  public String getPeriodName() {
    return getPeriod().name().toLowerCase(Locale.ROOT);
  }

  public void setPeriodName(String period) {
    values.put("period", period);
  }
}
