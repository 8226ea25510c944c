package io.shoreline.portal.exchanges;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The exchange programmes of the request's workspace: set up and changed by the coordinators of
 * either side, with the sites that host and their seats per day, and the blackout days.
 */
@Stateless
@TenantBound
@Audited
public class Programmes {

  @PersistenceContext EntityManager em;
  @Inject CallerMembership member;
  @Inject TenantAccess access;
  @Inject TimeSource time;
  @Inject ExchangeSites sites;

  public ExchangeProgramme create(ProgrammeDetails details) {
    toArrange();
    ProgrammeDetails valid = details.validated();
    requireFreeName(valid.name(), null);
    ExchangeProgramme programme = new ExchangeProgramme(valid, access.callerId(), time.now());
    em.persist(programme);
    return programme;
  }

  public ExchangeProgramme change(long id, long seenVersion, ProgrammeDetails details) {
    toArrange();
    ExchangeProgramme programme = find(id);
    ChangedMeanwhileException.check("programme", id, programme.getVersion(), seenVersion);
    ProgrammeDetails valid = details.validated();
    requireFreeName(valid.name(), id);
    programme.change(valid);
    return programme;
  }

  public HostSite addHostSite(long programmeId, long siteId, int seatsPerDay) {
    toArrange();
    ExchangeProgramme programme = find(programmeId);
    PartnerSite site = sites.find(siteId);
    if (hostSites(programmeId).stream().anyMatch(host -> host.getSiteId() == siteId)) {
      throw new RuleViolation("exchanges.hostSiteTwice", site.name());
    }
    HostSite host =
        new HostSite(programme.getId(), site.organizationId(), site, validSeats(seatsPerDay));
    em.persist(host);
    return host;
  }

  public HostSite changeSeats(long hostSiteId, long seenVersion, int seatsPerDay) {
    toArrange();
    HostSite host = em.find(HostSite.class, hostSiteId);
    if (host == null) {
      throw new NoSuchRecordException("host site", hostSiteId);
    }
    ChangedMeanwhileException.check("host site", hostSiteId, host.getVersion(), seenVersion);
    host.changeSeats(validSeats(seatsPerDay));
    return host;
  }

  public Blackout addBlackout(long programmeId, LocalDate day, String reason) {
    toArrange();
    ExchangeProgramme programme = find(programmeId);
    String text = reason == null ? "" : reason.strip();
    if (day == null) {
      throw new RuleViolation("exchanges.dayRequired");
    }
    if (text.length() > Blackout.REASON_LENGTH) {
      throw new RuleViolation("exchanges.reasonTooLong", Blackout.REASON_LENGTH);
    }
    if (blackouts(programmeId).stream().anyMatch(blackout -> blackout.getDay().equals(day))) {
      throw new RuleViolation("exchanges.blackoutTwice", day);
    }
    Blackout blackout = new Blackout(programme.getId(), day, text);
    em.persist(blackout);
    return blackout;
  }

  public void removeBlackout(long blackoutId) {
    toArrange();
    Blackout blackout = em.find(Blackout.class, blackoutId);
    if (blackout == null) {
      throw new NoSuchRecordException("blackout", blackoutId);
    }
    em.remove(blackout);
  }

  public ExchangeProgramme find(long id) {
    member.get();
    ExchangeProgramme programme = em.find(ExchangeProgramme.class, id);
    if (programme == null) {
      throw new NoSuchRecordException("programme", id);
    }
    return programme;
  }

  /** Latest first. */
  public List<ExchangeProgramme> page(int first, int max) {
    member.get();
    return em.createNamedQuery(ExchangeProgramme.PAGE, ExchangeProgramme.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count() {
    member.get();
    return em.createNamedQuery(ExchangeProgramme.COUNT, Long.class).getSingleResult();
  }

  public List<HostSite> hostSites(long programmeId) {
    member.get();
    return em.createNamedQuery(HostSite.OF_PROGRAMME, HostSite.class)
        .setParameter("programme", programmeId)
        .getResultList();
  }

  public List<Blackout> blackouts(long programmeId) {
    member.get();
    return em.createNamedQuery(Blackout.OF_PROGRAMME, Blackout.class)
        .setParameter("programme", programmeId)
        .getResultList();
  }

  private void toArrange() {
    member.toWrite();
    if (!member.isCoordinator()) {
      throw new NotAllowedException("only coordinators arrange exchange programmes");
    }
  }

  private void requireFreeName(String name, Long except) {
    boolean taken =
        em
            .createNamedQuery(ExchangeProgramme.NAMED, ExchangeProgramme.class)
            .setParameter("name", name.toLowerCase(Locale.ROOT))
            .getResultList()
            .stream()
            .anyMatch(other -> !other.getId().equals(except));
    if (taken) {
      throw new RuleViolation("exchanges.nameTaken", name);
    }
  }

  private static int validSeats(int seatsPerDay) {
    if (seatsPerDay < 1 || seatsPerDay > HostSite.MOST_SEATS) {
      throw new RuleViolation("exchanges.seatsOutOfRange", 1, HostSite.MOST_SEATS);
    }
    return seatsPerDay;
  }
}
