package io.shoreline.portal.visits;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The agenda of a visit: points either side adds, in order, while the report is open. */
@Stateless
@TenantBound
@Audited
public class VisitAgenda {

  @PersistenceContext EntityManager em;
  @Inject SiteVisits visits;
  @Inject TenantAccess access;

  public AgendaItem add(long visitId, String text) {
    String point = VisitTexts.required(text, AgendaItem.TEXT_LENGTH, "visits.agenda");
    visits.openForChange(visitId);
    Integer last =
        em.createNamedQuery(AgendaItem.LAST_POSITION, Integer.class)
            .setParameter("visit", visitId)
            .getSingleResult();
    AgendaItem item =
        new AgendaItem(visitId, last == null ? 1 : last + 1, point, access.callerId());
    em.persist(item);
    return item;
  }

  public void remove(long itemId) {
    AgendaItem item = em.find(AgendaItem.class, itemId);
    if (item == null) {
      throw new NoSuchRecordException("agenda item", itemId);
    }
    visits.openForChange(item.getVisitId());
    em.remove(item);
  }

  public List<AgendaItem> ofVisit(long visitId) {
    visits.find(visitId);
    return em.createNamedQuery(AgendaItem.OF_VISIT, AgendaItem.class)
        .setParameter("visit", visitId)
        .getResultList();
  }
}
