package io.shoreline.portal.sites;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The request organization's sites; admins and managers change them. */
@Stateless
@TenantBound
@Audited
public class Sites {

  @PersistenceContext EntityManager em;
  @Inject TenantAccess access;

  public Site add(SiteDetails details) {
    requireEditor();
    SiteDetails valid = details.validated();
    requireUniqueName(valid.name(), null);
    Site site = new Site(valid);
    em.persist(site);
    return site;
  }

  /** Saves the site as the caller saw it at {@code seenVersion}, or refuses if it changed. */
  public Site change(long id, long seenVersion, SiteDetails details) {
    requireEditor();
    Site site = find(id);
    ChangedMeanwhileException.check("site", id, site.getVersion(), seenVersion);
    SiteDetails valid = details.validated();
    requireUniqueName(valid.name(), id);
    site.change(valid);
    return site;
  }

  public List<Site> all() {
    return em.createNamedQuery(Site.ALL, Site.class).getResultList();
  }

  /** A site of the request's organization; another organization's looks like none. */
  public Site find(long id) {
    Site site = em.find(Site.class, id);
    if (site == null) {
      throw new NoSuchRecordException("site", id);
    }
    return site;
  }

  private void requireUniqueName(String name, Long except) {
    em.createNamedQuery(Site.NAMED, Site.class)
        .setParameter("name", name)
        .getResultStream()
        .filter(other -> !other.getId().equals(except))
        .findFirst()
        .ifPresent(
            other -> {
              throw new RuleViolation("sites.duplicate", name);
            });
  }

  private void requireEditor() {
    access.requireRole(OrgRole.ORG_ADMIN, OrgRole.MANAGER);
  }
}
