package io.shoreline.portal.notes;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.isolation.CurrentTenant;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The request organization's private notes about the request's workspace (opened by {@code
 * TenantAccess.openWorkspace}, so the caller is a member).
 */
@Stateless
@TenantBound
@Audited
public class PartnerNotes {

  public static final int MAX_LENGTH = 4000;

  @PersistenceContext EntityManager em;
  @Inject CurrentTenant tenant;
  @Inject TenantAccess access;
  @Inject TimeSource time;

  public PartnerNote add(String body) {
    String text = body == null ? "" : body.strip();
    if (text.isEmpty() || text.length() > MAX_LENGTH) {
      throw new RuleViolation("notes.length", MAX_LENGTH);
    }
    PartnerNote note = new PartnerNote(workspace(), access.callerId(), text, time.now());
    em.persist(note);
    return note;
  }

  public List<PartnerNote> recent(int first, int max) {
    return em.createNamedQuery(PartnerNote.OF_WORKSPACE, PartnerNote.class)
        .setParameter("workspace", workspace())
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** By its author or an org admin. */
  public void delete(long id) {
    PartnerNote note = em.find(PartnerNote.class, id);
    if (note == null || note.getWorkspaceId() != workspace()) {
      throw new NoSuchRecordException("note", id);
    }
    Account caller = access.caller();
    if (note.getAuthorAccountId() != caller.getId() && caller.getRole() != OrgRole.ORG_ADMIN) {
      throw new NotAllowedException("only the author or an admin deletes a note");
    }
    em.remove(note);
  }

  private long workspace() {
    return tenant.workspaceId().orElseThrow(() -> new NoSuchRecordException("workspace", "?"));
  }
}
