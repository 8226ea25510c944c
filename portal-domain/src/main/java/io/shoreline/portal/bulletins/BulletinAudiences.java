package io.shoreline.portal.bulletins;

import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.tenancy.isolation.TenantSql;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolves a bulletin's audience into recipient rows: the members of the audience organization
 * whose site or team it names. Called at publication, on a new version and by the reminder job
 * (members who joined since, while the bulletin is still valid, are asked too); someone asked once
 * stays asked, whatever their membership does later.
 */
@Dependent
public class BulletinAudiences {

  @Inject Memberships memberships;
  @Inject TenantSql sql;

  /** The site names of the audience organization by id (the author's side cannot read them). */
  public Map<Long, String> siteNames(long organizationId) {
    return sql.sitesOf(organizationId).stream()
        .collect(Collectors.toMap(TenantSql.SiteRow::id, TenantSql.SiteRow::name));
  }

  /** Adds the members the audience names who are not asked yet; answers the ones added. */
  List<Membership> addNewcomers(EntityManager em, long workspaceId, Bulletin bulletin) {
    Set<Long> asked =
        new HashSet<>(
            em.createQuery(
                    "SELECT r.accountId FROM BulletinRecipient r WHERE r.bulletinId = :b",
                    Long.class)
                .setParameter("b", bulletin.getId())
                .getResultList());
    Audience audience = bulletin.audience();
    Map<Long, String> sites = siteNames(bulletin.getAudienceOrgId());
    List<Membership> added =
        memberships.ofWorkspace(workspaceId).stream()
            .filter(m -> m.getAccount().getOrganization().getId() == bulletin.getAudienceOrgId())
            .filter(m -> m.getAccount().isEnabled())
            .filter(m -> audience.includes(m.getSiteId(), m.getTeam()))
            .filter(m -> !asked.contains(m.getAccount().getId()))
            .toList();
    for (Membership m : added) {
      em.persist(
          new BulletinRecipient(
              bulletin.getId(),
              m.getAccount().getId(),
              m.getSiteId() == null ? null : sites.get(m.getSiteId()),
              m.getTeam()));
    }
    return added;
  }
}
