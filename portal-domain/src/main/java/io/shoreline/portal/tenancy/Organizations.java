package io.shoreline.portal.tenancy;

import io.shoreline.portal.platform.TimeSource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Organizations: registration and look-up. */
@Stateless
public class Organizations {

  @PersistenceContext EntityManager em;
  @Inject TimeSource time;

  public Organization register(
      String slug, String name, OrganizationKind kind, String language, String timeZone) {
    Organization organization = new Organization(slug, name, kind, language, timeZone, time.now());
    em.persist(organization);
    return organization;
  }

  public Optional<Organization> findBySlug(String slug) {
    return em.createNamedQuery(Organization.BY_SLUG, Organization.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public long count() {
    return em.createNamedQuery(Organization.COUNT, Long.class).getSingleResult();
  }
}
