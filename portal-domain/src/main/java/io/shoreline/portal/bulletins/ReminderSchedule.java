package io.shoreline.portal.bulletins;

import io.shoreline.portal.platform.ScheduledJobs;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.PartnershipStatus;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 15 minutes, each active workspace's reminder rounds (bulletins, then the training library
 * and the matrix), each in its own transaction, with the workspace bound as the tenant through
 * {@link TenantAccess#openWorkspaceForJob}: the job reads and writes through the same isolation as
 * a request. One workspace failing does not stop the rest.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class ReminderSchedule {

  private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

  @PersistenceContext EntityManager em; // global table only: which workspaces are active
  @Inject TenantAccess access;
  @Inject BulletinReminders reminders;
  @Inject StandingReminders standing;
  @Inject TimeSource time;
  @Inject ScheduledJobs jobs;

  @Schedule(hour = "*", minute = "*/15", persistent = false)
  public void everyQuarterHour() {
    if (jobs.enabled()) {
      runAll(time.now());
    }
  }

  /** Answers how many reminders went out. */
  public int runAll(Instant now) {
    List<Long> active =
        em.createQuery("SELECT p.id FROM Partnership p WHERE p.status = :active", Long.class)
            .setParameter("active", PartnershipStatus.ACTIVE)
            .getResultList();
    int sent = 0;
    for (long workspaceId : active) {
      try {
        access.openWorkspaceForJob(workspaceId);
        sent += reminders.sendDue(now);
        sent += standing.sendDue(now);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Reminders of workspace " + workspaceId + " failed", e);
      }
    }
    return sent;
  }
}
