package io.shoreline.portal.tenancy;

import io.shoreline.portal.platform.TimeSource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Partnership workspaces between a client and a vendor. */
@Stateless
public class Partnerships {

  @PersistenceContext EntityManager em;
  @Inject TimeSource time;

  /** An active workspace of a client and a vendor (invitation and acceptance come later). */
  public Partnership establish(Organization client, Organization vendor, String name) {
    // found again, not merged: a caller's detached copy must not overwrite newer state
    Organization clientNow = em.find(Organization.class, client.getId());
    Organization vendorNow = em.find(Organization.class, vendor.getId());
    if (clientNow.getKind() != OrganizationKind.CLIENT
        || vendorNow.getKind() != OrganizationKind.VENDOR) {
      throw new IllegalArgumentException("A partnership joins one client and one vendor");
    }
    Partnership partnership =
        new Partnership(clientNow, vendorNow, name, PartnershipStatus.ACTIVE, time.now());
    em.persist(partnership);
    return partnership;
  }
}
