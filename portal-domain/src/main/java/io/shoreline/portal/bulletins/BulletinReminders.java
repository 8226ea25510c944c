package io.shoreline.portal.bulletins;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.isolation.CurrentTenant;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One workspace's reminder round, run by {@link ReminderSchedule} after it opened the workspace for
 * the job: newcomers the audience of a live bulletin names are asked, and recipients who are still
 * members and have not acknowledged are reminded when {@link ReminderPolicy} says so.
 */
@Stateless
@TenantBound
@Audited
public class BulletinReminders {

  @PersistenceContext EntityManager em;
  @Inject CurrentTenant tenant;
  @Inject BulletinAudiences audiences;
  @Inject AckNotice notice;
  @Inject AckProgress progress;
  @Inject Memberships memberships;

  @Inject
  @ConfigProperty(name = "portal.bulletins.remind-hours.critical", defaultValue = "2")
  long criticalHours;

  @Inject
  @ConfigProperty(name = "portal.bulletins.remind-hours.important", defaultValue = "8")
  long importantHours;

  @Inject
  @ConfigProperty(name = "portal.bulletins.remind-hours.info", defaultValue = "24")
  long infoHours;

  /** Answers how many reminders went out. */
  public int sendDue(Instant now) {
    long workspaceId = tenant.workspaceId().orElseThrow();
    Partnership workspace = em.find(Partnership.class, workspaceId);
    ReminderPolicy policy = ReminderPolicy.ofHours(criticalHours, importantHours, infoHours);
    List<Bulletin> live =
        em.createQuery(
                "SELECT b FROM Bulletin b WHERE b.withdrawnAt IS NULL AND b.validFrom <= :now"
                    + " AND b.validUntil > :now",
                Bulletin.class)
            .setParameter("now", now)
            .getResultList();
    AckNotice.From from = new AckNotice.From(workspaceId, workspace.getName(), "Shoreline");
    Set<Long> members = VendorAsks.memberIds(memberships, workspaceId);
    int sent = 0;
    for (Bulletin bulletin : live) {
      AckTopic topic = AckTopic.of(bulletin);
      audiences
          .addNewcomers(em, workspaceId, bulletin, now)
          .forEach(m -> notice.ask(m.getAccount(), topic, from, false, now));
      for (AckProgress.Waiting waiting :
          progress.waiting(AckSubject.BULLETIN, bulletin.getId(), bulletin.getRevision())) {
        if (members.contains(waiting.person().getId())
            && waiting.person().isEnabled()
            && policy.due(
                bulletin.getUrgency(),
                bulletin.getPublishedAt(),
                waiting.recipient().getLastContact(),
                bulletin.getValidUntil(),
                bulletin.isWithdrawn(),
                now)) {
          waiting.recipient().reminded(now);
          notice.ask(waiting.person(), topic, from, true, now);
          sent++;
        }
      }
    }
    return sent;
  }
}
