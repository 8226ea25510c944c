package io.shoreline.portal.bulletins;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.tenancy.isolation.TenantSql;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Who a subject asks to acknowledge it: members of one organization of the workspace, resolved into
 * {@link AckRecipient} rows with the site and team they have when asked. Called when a subject is
 * published or revised and by the reminder job (members who joined since are asked too); someone
 * asked once stays asked, whatever their membership does later.
 */
@Dependent
public class AckRequests {

  @Inject Memberships memberships;
  @Inject TenantSql sql;

  /** The workspace's enabled members of the audience organization, and that side's site names. */
  public record Candidates(List<Membership> members, Map<Long, String> siteNames) {}

  public Candidates candidates(long workspaceId, long audienceOrgId) {
    List<Membership> members =
        memberships.ofWorkspace(workspaceId).stream()
            .filter(m -> m.getAccount().getOrganization().getId() == audienceOrgId)
            .filter(m -> m.getAccount().isEnabled())
            .toList();
    return new Candidates(members, siteNames(audienceOrgId));
  }

  /** The site names of an organization by id (the other side cannot read them itself). */
  public Map<Long, String> siteNames(long organizationId) {
    return sql.sitesOf(organizationId).stream()
        .collect(Collectors.toMap(TenantSql.SiteRow::id, TenantSql.SiteRow::name));
  }

  /** Adds the candidates {@code included} accepts who are not asked yet; answers the ones added. */
  public List<Membership> askNewcomers(
      EntityManager em,
      AckSubject kind,
      long subjectId,
      Candidates candidates,
      Predicate<Membership> included,
      Instant at) {
    Set<Long> asked = new HashSet<>(asked(em, kind, subjectId));
    List<Membership> added =
        candidates.members().stream()
            .filter(included)
            .filter(m -> !asked.contains(m.getAccount().getId()))
            .toList();
    for (Membership m : added) {
      em.persist(
          new AckRecipient(
              kind,
              subjectId,
              m.getAccount().getId(),
              m.getSiteId() == null ? null : candidates.siteNames().get(m.getSiteId()),
              m.getTeam(),
              at));
    }
    return added;
  }

  /** The accounts the subject asks. */
  public List<Long> asked(EntityManager em, AckSubject kind, long subjectId) {
    return em.createQuery(
            "SELECT r.accountId FROM AckRecipient r WHERE r.subjectKind = :kind"
                + " AND r.subjectId = :subject",
            Long.class)
        .setParameter("kind", kind)
        .setParameter("subject", subjectId)
        .getResultList();
  }

  /** The people the subject asks, in one statement. */
  public List<Account> askedPeople(EntityManager em, AckSubject kind, long subjectId) {
    return em.createQuery(
            "SELECT p FROM AckRecipient r, Account p WHERE r.subjectKind = :kind"
                + " AND r.subjectId = :subject AND p.id = r.accountId",
            Account.class)
        .setParameter("kind", kind)
        .setParameter("subject", subjectId)
        .getResultList();
  }
}
