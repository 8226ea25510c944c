package io.shoreline.portal.visits;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import io.shoreline.portal.threads.Upload;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The findings of a visit and their photos, recorded by either side while the report is open.
 * Photos are checked before anything is stored, so a refused one leaves nothing behind.
 */
@Stateless
@TenantBound
@Audited
public class Findings {

  @PersistenceContext EntityManager em;
  @Inject SiteVisits visits;
  @Inject TenantAccess access;
  @Inject TimeSource time;
  @Inject PhotoInspection inspection;

  public Finding record(long visitId, FindingDetails details, List<Upload> photos) {
    FindingDetails valid = details.validated();
    List<InspectedPhoto> checked = inspection.inspectAll(photos);
    visits.openForChange(visitId);
    Finding finding = new Finding(visitId, valid, access.callerId(), time.now());
    em.persist(finding);
    em.flush(); // the photos need its id
    checked.forEach(photo -> store(finding, photo));
    return finding;
  }

  /** Saves the finding as the caller saw it at {@code seenVersion}, or refuses: no lost update. */
  public Finding change(long findingId, long seenVersion, FindingDetails details) {
    FindingDetails valid = details.validated();
    Finding finding = toChange(findingId);
    ChangedMeanwhileException.check("finding", findingId, finding.getVersion(), seenVersion);
    finding.change(valid);
    return finding;
  }

  public FindingPhoto addPhoto(long findingId, Upload upload) {
    InspectedPhoto checked = inspection.inspect(upload);
    return store(toChange(findingId), checked);
  }

  public void removePhoto(long photoId) {
    FindingPhoto photo = photo(photoId);
    toChange(photo.getFindingId());
    em.remove(photo);
  }

  /** A finding an action item comes from stays: the action would lose its reason. */
  public void remove(long findingId) {
    Finding finding = toChange(findingId);
    long actions =
        em.createQuery("SELECT COUNT(a) FROM ActionItem a WHERE a.findingId = :f", Long.class)
            .setParameter("f", findingId)
            .getSingleResult();
    if (actions > 0) {
      throw new RuleViolation("visits.findingHasActions");
    }
    em.createQuery("SELECT p FROM FindingPhoto p WHERE p.findingId = :f", FindingPhoto.class)
        .setParameter("f", findingId)
        .getResultStream()
        .forEach(em::remove);
    em.remove(finding);
  }

  public List<Finding> ofVisit(long visitId) {
    visits.find(visitId);
    return em.createNamedQuery(Finding.OF_VISIT, Finding.class)
        .setParameter("visit", visitId)
        .getResultList();
  }

  /** The photos of all the visit's findings, without their bytes. */
  public List<PhotoInfo> photosOfVisit(long visitId) {
    visits.find(visitId);
    return em.createNamedQuery(FindingPhoto.OF_VISIT, PhotoInfo.class)
        .setParameter("visit", visitId)
        .getResultList();
  }

  /** A photo with its bytes, for download or the report. */
  public FindingPhoto photo(long photoId) {
    FindingPhoto photo = em.find(FindingPhoto.class, photoId);
    if (photo == null) {
      throw new NoSuchRecordException("photo", photoId);
    }
    return photo;
  }

  public Finding find(long findingId) {
    Finding finding = em.find(Finding.class, findingId);
    if (finding == null) {
      throw new NoSuchRecordException("finding", findingId);
    }
    return finding;
  }

  /**
   * The finding, read again under the visit's lock (and its own): a change another person saved
   * while this request waited shows in its version, so the version check refuses a stale edit
   * instead of the commit failing on it.
   */
  private Finding toChange(long findingId) {
    Finding finding = find(findingId);
    visits.openForChange(finding.getVisitId());
    em.refresh(finding, LockModeType.PESSIMISTIC_WRITE);
    return finding;
  }

  private FindingPhoto store(Finding finding, InspectedPhoto checked) {
    FindingPhoto photo = new FindingPhoto(finding.getId(), checked, access.callerId(), time.now());
    em.persist(photo);
    // EclipseLink inserts the new objects of one flush in no set order; the ids give the
    // photos their order, which must be the order they were uploaded in
    em.flush();
    return photo;
  }
}
