package io.shoreline.portal.provisioning;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * SCIM Groups of the request's organization (the tenant), with their members, and the portal role a
 * group grants, which the organization's admin sets. Members' roles follow their groups.
 */
@Stateless
@TenantBound
@Audited
public class ProvisionedGroups {

  static final Map<String, FilterQuery.Column> FILTERABLE =
      Map.of(
          "displayName", FilterQuery.Column.text("g.displayName", FilterQuery.Matching.ANY_CASE),
          "externalId", FilterQuery.Column.text("g.externalId", FilterQuery.Matching.EXACT));

  @PersistenceContext EntityManager em;
  @Inject TimeSource time;
  @Inject RoleSync roles;
  @Inject TenantAccess access;

  public ScimGroup create(ScimToken token, ProvisionedGroup group) {
    ScimGroup made = new ScimGroup(name(group, null), externalId(group, null), time.now());
    em.persist(made);
    em.flush();
    setMembers(token, made, group.members());
    return made;
  }

  public ScimGroup get(long id) {
    return em.createQuery("SELECT g FROM ScimGroup g WHERE g.id = :id", ScimGroup.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> ScimException.notFound("Group", id));
  }

  /** The members of these groups, by group, in one statement. */
  public Map<Long, List<Account>> members(Collection<Long> groupIds) {
    Map<Long, List<Account>> members = new LinkedHashMap<>();
    groupIds.forEach(id -> members.put(id, new ArrayList<>()));
    if (groupIds.isEmpty()) {
      return members;
    }
    em.createQuery(
            "SELECT m.groupId, a FROM ScimGroupMember m, Account a WHERE m.accountId = a.id"
                + " AND m.groupId IN :groups ORDER BY a.id",
            Object[].class)
        .setParameter("groups", groupIds)
        .getResultStream()
        .forEach(row -> members.get((Long) row[0]).add((Account) row[1]));
    return members;
  }

  /** The groups of these accounts, by account, in one statement. */
  public Map<Long, List<ScimGroup>> groupsOf(Collection<Long> accountIds) {
    Map<Long, List<ScimGroup>> groups = new LinkedHashMap<>();
    accountIds.forEach(id -> groups.put(id, new ArrayList<>()));
    if (accountIds.isEmpty()) {
      return groups;
    }
    em.createQuery(
            "SELECT m.accountId, g FROM ScimGroupMember m, ScimGroup g WHERE m.groupId = g.id"
                + " AND m.accountId IN :accounts ORDER BY g.displayName",
            Object[].class)
        .setParameter("accounts", accountIds)
        .getResultStream()
        .forEach(row -> groups.get((Long) row[0]).add((ScimGroup) row[1]));
    return groups;
  }

  public ScimPage<ScimGroup> list(String filter, int first, int max) {
    FilterQuery query =
        filter == null
            ? new FilterQuery(null, Map.of())
            : FilterQuery.of(ScimFilter.parse(filter, FILTERABLE.keySet()), FILTERABLE);
    String where =
        " FROM ScimGroup g" + (query.condition() == null ? "" : " WHERE " + query.condition());
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(g)" + where, Long.class);
    TypedQuery<ScimGroup> page =
        em.createQuery("SELECT g" + where + " ORDER BY g.id", ScimGroup.class);
    query.parameters().forEach(count::setParameter);
    query.parameters().forEach(page::setParameter);
    long total = count.getSingleResult();
    return new ScimPage<>(
        max == 0 ? List.of() : page.setFirstResult(first).setMaxResults(max).getResultList(),
        total);
  }

  public ScimGroup replace(
      ScimToken token, long id, ProvisionedGroup group, OptionalLong expectedVersion) {
    ScimGroup stored = get(id);
    Versions.check("Group", id, stored.getVersion(), expectedVersion);
    stored.rename(name(group, stored), externalId(group, stored), time.now());
    setMembers(token, stored, group.members());
    return stored;
  }

  /** The group and its memberships go; its former members keep their roles. */
  public void delete(long id, OptionalLong expectedVersion) {
    ScimGroup stored = get(id);
    Versions.check("Group", id, stored.getVersion(), expectedVersion);
    memberships(id).forEach(em::remove);
    em.remove(stored);
  }

  /** The organization's admin sets the role a group grants (null: none); members follow. */
  public ScimGroup grant(long id, OrgRole role, long seenVersion) {
    access.requireRole(OrgRole.ORG_ADMIN);
    ScimGroup group =
        em.createQuery("SELECT g FROM ScimGroup g WHERE g.id = :id", ScimGroup.class)
            .setParameter("id", id)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NoSuchRecordException("group", id));
    ChangedMeanwhileException.check("group", id, group.getVersion(), seenVersion);
    group.grant(role, time.now());
    roles.follow(memberships(id).stream().map(ScimGroupMember::getAccountId).toList());
    return group;
  }

  /** For the admin page: a page of groups by name, with their member counts. */
  public List<ScimGroup> page(int first, int max) {
    access.requireRole(OrgRole.ORG_ADMIN);
    return em.createNamedQuery(ScimGroup.ALL, ScimGroup.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count() {
    access.requireRole(OrgRole.ORG_ADMIN);
    return em.createNamedQuery(ScimGroup.COUNT, Long.class).getSingleResult();
  }

  public Map<Long, Long> memberCounts(Collection<Long> groupIds) {
    Map<Long, Long> counts = new LinkedHashMap<>();
    if (groupIds.isEmpty()) {
      return counts;
    }
    em.createQuery(
            "SELECT m.groupId, COUNT(m) FROM ScimGroupMember m WHERE m.groupId IN :groups"
                + " GROUP BY m.groupId",
            Object[].class)
        .setParameter("groups", groupIds)
        .getResultStream()
        .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
    return counts;
  }

  private void setMembers(ScimToken token, ScimGroup group, List<Long> wanted) {
    Set<Long> target = new HashSet<>(wanted);
    requireAccountsOf(token, target);
    List<ScimGroupMember> current = memberships(group.getId());
    Set<Long> changed = new HashSet<>();
    for (ScimGroupMember member : current) {
      if (!target.remove(member.getAccountId())) {
        em.remove(member);
        changed.add(member.getAccountId());
      }
    }
    for (Long account : target) {
      em.persist(new ScimGroupMember(group.getId(), account));
      changed.add(account);
    }
    if (!changed.isEmpty()) {
      group.touched(time.now());
    }
    roles.follow(changed);
  }

  private void requireAccountsOf(ScimToken token, Set<Long> accountIds) {
    if (accountIds.isEmpty()) {
      return;
    }
    long found =
        em.createQuery(
                "SELECT COUNT(a) FROM Account a WHERE a.organization.id = :organization"
                    + " AND a.id IN :ids",
                Long.class)
            .setParameter("organization", token.getOrganizationId())
            .setParameter("ids", accountIds)
            .getSingleResult();
    if (found != accountIds.size()) {
      throw ScimException.invalidValue("members must be Users of this organization");
    }
  }

  private List<ScimGroupMember> memberships(long groupId) {
    return em.createNamedQuery(ScimGroupMember.OF_GROUP, ScimGroupMember.class)
        .setParameter("group", groupId)
        .getResultList();
  }

  private String name(ProvisionedGroup group, ScimGroup existing) {
    String name = UserRules.text("displayName", group.displayName());
    if (name == null) {
      throw ScimException.invalidValue("displayName is required");
    }
    boolean taken =
        em.createQuery(
                "SELECT g.id FROM ScimGroup g WHERE LOWER(g.displayName) = :name", Long.class)
            .setParameter("name", name.toLowerCase(java.util.Locale.ROOT))
            .getResultStream()
            .anyMatch(id -> existing == null || !id.equals(existing.getId()));
    if (taken) {
      throw ScimException.uniqueness("a group named " + name + " exists");
    }
    return name;
  }

  private String externalId(ProvisionedGroup group, ScimGroup existing) {
    String externalId = UserRules.text("externalId", group.externalId());
    if (externalId != null
        && em.createQuery("SELECT g.id FROM ScimGroup g WHERE g.externalId = :id", Long.class)
            .setParameter("id", externalId)
            .getResultStream()
            .anyMatch(id -> existing == null || !id.equals(existing.getId()))) {
      throw ScimException.uniqueness("externalId " + externalId + " is taken");
    }
    return externalId;
  }
}
