package io.shoreline.portal.sites;

import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The request organization's sites. */
@Stateless
@TenantBound
public class Sites {

  @PersistenceContext EntityManager em;

  public Site add(String name, String city, String country, String timeZone, int seatCapacity) {
    Site site = new Site(name, city, country, timeZone, seatCapacity);
    em.persist(site);
    return site;
  }

  public List<Site> all() {
    return em.createNamedQuery(Site.ALL, Site.class).getResultList();
  }

  public Site find(long id) {
    return em.find(Site.class, id);
  }
}
