package io.shoreline.portal.roster;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.sites.Sites;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;

/** The request organization's agent roster, a page at a time; admins and managers change it. */
@Stateless
@TenantBound
@Audited
public class Roster {

  @PersistenceContext EntityManager em;
  @Inject TenantAccess access;
  @Inject Sites sites;

  public Agent add(long siteId, AgentDetails details) {
    access.requireRole(OrgRole.ORG_ADMIN, OrgRole.MANAGER);
    Agent agent = new Agent(sites.find(siteId), details.validated());
    em.persist(agent);
    return agent;
  }

  public Agent change(long id, long seenVersion, long siteId, AgentDetails details) {
    access.requireRole(OrgRole.ORG_ADMIN, OrgRole.MANAGER);
    Agent agent = find(id);
    ChangedMeanwhileException.check("agent", id, agent.getVersion(), seenVersion);
    agent.change(sites.find(siteId), details.validated());
    return agent;
  }

  public List<Agent> page(int first, int max) {
    return em.createNamedQuery(Agent.PAGE, Agent.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** Active agents whose name contains the text, for a picker: at most {@code max}. */
  public List<Agent> activeNamed(String text, int max) {
    String contained = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return em.createNamedQuery(Agent.ACTIVE_NAMED, Agent.class)
        .setParameter("name", "%" + contained.replace("%", "").replace("_", "") + "%")
        .setMaxResults(max)
        .getResultList();
  }

  public long count() {
    return em.createNamedQuery(Agent.COUNT, Long.class).getSingleResult();
  }

  public Agent find(long id) {
    Agent agent = em.find(Agent.class, id);
    if (agent == null) {
      throw new NoSuchRecordException("agent", id);
    }
    return agent;
  }
}
