package io.shoreline.portal.bulletins;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.tenancy.Partnership;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Asks the vendor's people of a workspace to acknowledge a training document or a version of the
 * authority matrix, and reminds those who have not. These subjects do not expire: the people are
 * reminded at one interval for as long as the version is current and they are members.
 */
@Dependent
public class VendorAsks {

  @Inject AckRequests requests;
  @Inject AckNotice notice;
  @Inject AckProgress progress;

  /** The version to acknowledge and when it was published (reminders count from then). */
  public record Asking(AckTopic topic, int version, Instant revisedAt, long excludedAccount) {}

  /**
   * Asks the vendor's members not asked yet (but the excluded author) and notifies them; with
   * {@code everyoneAgain} (a new version) notifies everyone asked before too. Answers the
   * newcomers.
   */
  public List<Membership> ask(
      EntityManager em,
      Partnership workspace,
      Asking asking,
      String actorName,
      boolean everyoneAgain,
      Instant at) {
    AckNotice.From from = new AckNotice.From(workspace.getId(), workspace.getName(), actorName);
    List<Membership> added =
        requests.askNewcomers(
            em,
            asking.topic().kind(),
            asking.topic().id(),
            requests.candidates(workspace.getId(), workspace.getVendor().getId()),
            m -> m.getAccount().getId() != asking.excludedAccount(),
            at);
    List<Account> people =
        everyoneAgain
            ? requests.askedPeople(em, asking.topic().kind(), asking.topic().id())
            : added.stream().map(Membership::getAccount).toList();
    people.forEach(person -> notice.ask(person, asking.topic(), from, false, at));
    return added;
  }

  /** Reminds who is still a member and has not acknowledged once the interval passed. */
  public int remind(
      Partnership workspace, Asking asking, Duration interval, Set<Long> members, Instant now) {
    AckNotice.From from = new AckNotice.From(workspace.getId(), workspace.getName(), "Shoreline");
    int sent = 0;
    for (AckProgress.Waiting waiting :
        progress.waiting(asking.topic().kind(), asking.topic().id(), asking.version())) {
      if (members.contains(waiting.person().getId())
          && waiting.person().isEnabled()
          && ReminderPolicy.dueEvery(
              interval, asking.revisedAt(), waiting.recipient().getLastContact(), now)) {
        waiting.recipient().reminded(now);
        notice.ask(waiting.person(), asking.topic(), from, true, now);
        sent++;
      }
    }
    return sent;
  }

  /** The accounts that are members of the workspace now, of either side. */
  public static Set<Long> memberIds(Memberships memberships, long workspaceId) {
    return memberships.ofWorkspace(workspaceId).stream()
        .map(m -> m.getAccount().getId())
        .collect(Collectors.toSet());
  }
}
