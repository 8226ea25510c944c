package io.shoreline.portal.provisioning;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The portal role a person's groups grant: the highest any of them grants (ORG_ADMIN over MANAGER
 * over MEMBER), or none when no group of theirs grants one (their role stays as set by hand). By
 * group names too, for sign-in through the organization's SSO, whose groups arrive as names. Reads
 * the request's organization's groups only.
 */
@Stateless
@TenantBound
@Audited
public class GroupRoles {

  /** Strongest first. */
  private static final List<OrgRole> RANK =
      List.of(OrgRole.ORG_ADMIN, OrgRole.MANAGER, OrgRole.MEMBER);

  @PersistenceContext EntityManager em;

  /** The role the organization's groups of these names grant (names compared without case). */
  public Optional<OrgRole> roleFor(Collection<String> groupNames) {
    if (groupNames.isEmpty()) {
      return Optional.empty();
    }
    List<String> names =
        groupNames.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
    return highest(
        em.createNamedQuery(ScimGroup.NAMED, ScimGroup.class)
            .setParameter("names", names)
            .getResultStream()
            .map(ScimGroup::getRole)
            .toList());
  }

  /** The role the account's groups grant. */
  public Optional<OrgRole> roleOf(long accountId) {
    return highest(
        em.createNamedQuery(ScimGroup.ROLES_OF_MEMBER, OrgRole.class)
            .setParameter("account", accountId)
            .getResultList());
  }

  /** The highest of these roles; nulls (groups that grant none) do not count. */
  public static Optional<OrgRole> highest(Collection<OrgRole> roles) {
    return roles.stream().filter(role -> role != null).min(Comparator.comparingInt(RANK::indexOf));
  }
}
