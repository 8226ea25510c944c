package io.shoreline.portal.threads;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * A workspace's list of thread categories ({@link DefaultCategories} to start); coordinators edit.
 */
@Stateless
@TenantBound
@Audited
public class ThreadCategories {

  @PersistenceContext EntityManager em;
  @Inject CallerMembership member;

  public List<ThreadCategory> all() {
    member.get();
    return em.createNamedQuery(ThreadCategory.ALL, ThreadCategory.class).getResultList();
  }

  public ThreadCategory add(String name) {
    coordinator();
    String clean = unique(name, null);
    ThreadCategory category = new ThreadCategory(clean, all().size() + 1);
    em.persist(category);
    return category;
  }

  public ThreadCategory rename(long id, long seenVersion, String name) {
    coordinator();
    ThreadCategory category = find(id);
    ChangedMeanwhileException.check("category", id, category.getVersion(), seenVersion);
    category.rename(unique(name, id));
    return category;
  }

  /** Only a category no thread is filed under. */
  public void remove(long id, long seenVersion) {
    coordinator();
    ThreadCategory category = find(id);
    ChangedMeanwhileException.check("category", id, category.getVersion(), seenVersion);
    long used =
        em.createNamedQuery(Conversation.IN_CATEGORY, Long.class)
            .setParameter("category", id)
            .getSingleResult();
    if (used > 0) {
      throw new RuleViolation("categories.inUse", category.getName(), used);
    }
    em.remove(category);
  }

  public ThreadCategory find(long id) {
    member.get();
    ThreadCategory category = em.find(ThreadCategory.class, id);
    if (category == null) {
      throw new NoSuchRecordException("category", id);
    }
    return category;
  }

  private void coordinator() {
    member.toWrite();
    if (!member.isCoordinator()) {
      throw new NotAllowedException("only coordinators edit categories");
    }
  }

  private String unique(String name, Long except) {
    String clean = name == null ? "" : name.strip();
    if (clean.isEmpty() || clean.length() > ThreadCategory.NAME_LENGTH) {
      throw new RuleViolation("categories.nameLength", ThreadCategory.NAME_LENGTH);
    }
    boolean taken =
        em.createNamedQuery(ThreadCategory.NAMED, ThreadCategory.class)
            .setParameter("name", clean)
            .getResultStream()
            .anyMatch(other -> !other.getId().equals(except));
    if (taken) {
      throw new RuleViolation("categories.taken", clean);
    }
    return clean;
  }
}
