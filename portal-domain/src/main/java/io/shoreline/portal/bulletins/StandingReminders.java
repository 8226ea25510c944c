package io.shoreline.portal.bulletins;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.bulletins.authority.AuthorityVersion;
import io.shoreline.portal.bulletins.training.TrainingDocument;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.isolation.CurrentTenant;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One workspace's reminder round for what does not expire, run by {@link ReminderSchedule}: every
 * training document's current revision and the matrix's latest version. The vendor's members who
 * joined since are asked (a new agent gets the whole crash course), and who has not acknowledged is
 * reminded once the interval passed.
 */
@Stateless
@TenantBound
@Audited
public class StandingReminders {

  @PersistenceContext EntityManager em;
  @Inject CurrentTenant tenant;
  @Inject VendorAsks asks;
  @Inject Memberships memberships;

  @Inject
  @ConfigProperty(name = "portal.training.remind-hours", defaultValue = "24")
  long trainingHours;

  @Inject
  @ConfigProperty(name = "portal.authority.remind-hours", defaultValue = "24")
  long authorityHours;

  /** Answers how many reminders went out. */
  public int sendDue(Instant now) {
    long workspaceId = tenant.workspaceId().orElseThrow();
    Partnership workspace = em.find(Partnership.class, workspaceId);
    Set<Long> members = VendorAsks.memberIds(memberships, workspaceId);
    int sent = 0;
    for (VendorAsks.Asking asking : current()) {
      asks.ask(em, workspace, asking, "Shoreline", false, now);
      Duration interval =
          Duration.ofHours(
              asking.topic().kind() == AckSubject.TRAINING ? trainingHours : authorityHours);
      sent += asks.remind(workspace, asking, interval, members, now);
    }
    return sent;
  }

  /** Every training document's current revision, then the matrix's latest version. */
  private List<VendorAsks.Asking> current() {
    List<VendorAsks.Asking> asking =
        new ArrayList<>(
            em
                .createQuery(
                    "SELECT d, f.uploadedAt FROM TrainingDocument d, TrainingFile f"
                        + " WHERE f.documentId = d.id AND f.revision = d.currentRevision",
                    Object[].class)
                .getResultList()
                .stream()
                .map(
                    row -> {
                      TrainingDocument document = (TrainingDocument) row[0];
                      return new VendorAsks.Asking(
                          AckTopic.of(document),
                          document.getCurrentRevision(),
                          (Instant) row[1],
                          document.getCreatedBy());
                    })
                .toList());
    em.createQuery(
            "SELECT v FROM AuthorityVersion v ORDER BY v.number DESC", AuthorityVersion.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .ifPresent(
            latest ->
                asking.add(
                    new VendorAsks.Asking(
                        AckTopic.of(latest),
                        latest.getNumber(),
                        latest.getPublishedAt(),
                        latest.getPublishedBy())));
    return asking;
  }
}
