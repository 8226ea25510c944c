package io.shoreline.portal.bulletins;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.identity.Account;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.isolation.CurrentTenant;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One workspace's reminder round, run by {@link ReminderSchedule} after it opened the workspace for
 * the job: newcomers the audience of a live bulletin names are asked, and recipients who have not
 * acknowledged are reminded when {@link ReminderPolicy} says so.
 */
@Stateless
@TenantBound
@Audited
public class BulletinReminders {

  @PersistenceContext EntityManager em;
  @Inject CurrentTenant tenant;
  @Inject BulletinAudiences audiences;
  @Inject BulletinNotice notice;

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
    int sent = 0;
    for (Bulletin bulletin : live) {
      audiences
          .addNewcomers(em, workspaceId, bulletin)
          .forEach(
              m ->
                  notice.ask(
                      m.getAccount(),
                      bulletin,
                      workspaceId,
                      workspace.getName(),
                      "Shoreline",
                      false,
                      now));
      sent += remind(bulletin, workspace, policy, now);
    }
    return sent;
  }

  private int remind(Bulletin bulletin, Partnership workspace, ReminderPolicy policy, Instant now) {
    List<Object[]> waiting =
        em.createQuery(
                "SELECT r, p FROM BulletinRecipient r, Account p WHERE r.bulletinId = :b"
                    + " AND p.id = r.accountId AND NOT EXISTS (SELECT a FROM Ack a"
                    + " WHERE a.subjectKind = :kind AND a.subjectId = r.bulletinId"
                    + " AND a.subjectVersion = :rev AND a.accountId = r.accountId)",
                Object[].class)
            .setParameter("b", bulletin.getId())
            .setParameter("kind", AckSubject.BULLETIN)
            .setParameter("rev", bulletin.getRevision())
            .getResultList();
    int sent = 0;
    for (Object[] row : waiting) {
      BulletinRecipient recipient = (BulletinRecipient) row[0];
      Account person = (Account) row[1];
      if (person.isEnabled()
          && policy.due(
              bulletin.getUrgency(),
              bulletin.getPublishedAt(),
              recipient.getLastRemindedAt(),
              bulletin.getValidUntil(),
              bulletin.isWithdrawn(),
              now)) {
        recipient.reminded(now);
        notice.ask(
            person, bulletin, workspace.getId(), workspace.getName(), "Shoreline", true, now);
        sent++;
      }
    }
    return sent;
  }
}
