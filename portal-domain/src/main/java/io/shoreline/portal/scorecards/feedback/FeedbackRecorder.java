package io.shoreline.portal.scorecards.feedback;

import io.shoreline.portal.platform.TimeSource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stores a batch of feedback items in the open workspace, all or none: every item is checked first
 * and any problem refuses the whole batch ({@link FeedbackRefused}). An item whose key was stored
 * before is answered from the stored item, not stored again. The caller has checked who records.
 */
@Dependent
public class FeedbackRecorder {

  /** Where the day is latest (UTC+14): a day that has begun anywhere is not in the future. */
  private static final ZoneOffset LATEST = ZoneOffset.ofHours(14);

  @PersistenceContext EntityManager em;
  @Inject TimeSource time;
  @Inject FeedbackNotice notice;

  public List<Recorded> record(List<NewFeedback> batch, FeedbackItem.Recorder recorder) {
    Instant now = time.now();
    refuseProblems(batch, today(now));
    Map<String, FeedbackItem> stored = storedWithKeys(batch);
    List<Recorded> recorded = new ArrayList<>();
    for (NewFeedback next : batch) {
      FeedbackItem earlier =
          next.idempotencyKey() == null ? null : stored.get(next.idempotencyKey());
      if (earlier != null) {
        recorded.add(new Recorded(earlier, true));
        continue;
      }
      FeedbackItem item =
          new FeedbackItem(next.details(), next.flagged(), recorder, next.idempotencyKey(), now);
      em.persist(item);
      recorded.add(new Recorded(item, false));
    }
    em.flush(); // the notifications name the ids
    recorded.stream()
        .filter(each -> !each.replayed() && each.item().isFlagged())
        .forEach(each -> notice.flagged(each.item(), recorder.name(), recorder.accountId()));
    return recorded;
  }

  /** The day to check feedback against: the latest one anywhere at this instant. */
  public static LocalDate today(Instant now) {
    return LocalDate.ofInstant(now, LATEST);
  }

  private static void refuseProblems(List<NewFeedback> batch, LocalDate today) {
    Map<Integer, List<FieldProblem>> problems = new LinkedHashMap<>();
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < batch.size(); i++) {
      NewFeedback next = batch.get(i);
      List<FieldProblem> found = new ArrayList<>(next.details().problems(today));
      String key = next.idempotencyKey();
      if (key != null && key.length() > FeedbackItem.KEY_LENGTH) {
        found.add(
            new FieldProblem("idempotencyKey", "feedback.keyTooLong", FeedbackItem.KEY_LENGTH));
      } else if (key != null && !keys.add(key)) {
        found.add(new FieldProblem("idempotencyKey", "feedback.keyRepeated"));
      }
      if (!found.isEmpty()) {
        problems.put(i, found);
      }
    }
    if (!problems.isEmpty()) {
      throw new FeedbackRefused(problems);
    }
  }

  private Map<String, FeedbackItem> storedWithKeys(List<NewFeedback> batch) {
    List<String> keys =
        batch.stream().map(NewFeedback::idempotencyKey).filter(Objects::nonNull).toList();
    if (keys.isEmpty()) {
      return Map.of();
    }
    return em.createNamedQuery(FeedbackItem.BY_KEY, FeedbackItem.class)
        .setParameter("keys", keys)
        .getResultStream()
        .collect(Collectors.toMap(FeedbackItem::getIdempotencyKey, Function.identity()));
  }
}
