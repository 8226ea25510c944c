package io.shoreline.portal.bulletins;

import io.shoreline.portal.tenancy.Membership;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Resolves a bulletin's audience into recipients: the members of the audience organization whose
 * site or team it names. Called at publication, on a new version and by the reminder job, through
 * {@link AckRequests}.
 */
@Dependent
public class BulletinAudiences {

  @Inject AckRequests requests;

  /** The site names of the audience organization by id (the author's side cannot read them). */
  public Map<Long, String> siteNames(long organizationId) {
    return requests.siteNames(organizationId);
  }

  /** Adds the members the audience names who are not asked yet; answers the ones added. */
  List<Membership> addNewcomers(EntityManager em, long workspaceId, Bulletin bulletin, Instant at) {
    Audience audience = bulletin.audience();
    return requests.askNewcomers(
        em,
        AckSubject.BULLETIN,
        bulletin.getId(),
        requests.candidates(workspaceId, bulletin.getAudienceOrgId()),
        m -> audience.includes(m.getSiteId(), m.getTeam()),
        at);
  }
}
