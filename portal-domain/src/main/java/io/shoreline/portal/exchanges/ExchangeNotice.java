package io.shoreline.portal.exchanges;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.tenancy.WorkspaceRole;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.tenancy.isolation.TenantSql;
import io.shoreline.portal.tenancy.isolation.TenantSql.NotificationRow;
import io.shoreline.portal.threads.Notification;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Tells the people concerned that a proposal moved on, in their notification list (each in their
 * own organization's tenant): the side that must answer a proposal or other dates, the proposing
 * side's managers an exchange awaiting their approval, both sides' coordinators an outcome. Never
 * the person who took the step.
 */
@Dependent
public class ExchangeNotice {

  @Inject TenantSql sql;
  @Inject TenantAccess access;
  @Inject CallerMembership member;
  @Inject Memberships memberships;
  @Inject TimeSource time;

  void tell(ExchangeProposal proposal, List<ExchangeStay> stays) {
    Account by = access.caller();
    String subject = subject(proposal, stays);
    Predicate<Membership> concerned = concerned(proposal);
    for (Membership each : memberships.ofWorkspace(member.workspaceId())) {
      Account account = each.getAccount();
      if (!account.getId().equals(by.getId()) && concerned.test(each)) {
        sql.insertAckNotification(
            account.getOrganization().getId(),
            new NotificationRow(
                account.getId(),
                member.workspaceId(),
                null,
                0,
                null,
                Notification.Kind.EXCHANGE.name(),
                by.getDisplayName(),
                subject,
                time.now()),
            proposal.getId());
      }
    }
  }

  private static Predicate<Membership> concerned(ExchangeProposal proposal) {
    Predicate<Membership> coordinator = m -> m.getRole() == WorkspaceRole.COORDINATOR;
    return switch (proposal.getStatus()) {
      case PROPOSED, COUNTERED -> coordinator.and(m -> sideOf(m) == proposal.getAnsweringOrgId());
      case AWAITING_APPROVAL ->
          coordinator
              .or(m -> m.getAccount().getRole() == OrgRole.MANAGER)
              .or(m -> m.getAccount().getRole() == OrgRole.ORG_ADMIN)
              .and(m -> sideOf(m) == proposal.getProposingOrgId());
      default -> coordinator;
    };
  }

  private static long sideOf(Membership membership) {
    return membership.getAccount().getOrganization().getId();
  }

  /** "Salma Idrissi at Paris HQ / Julie Martin at Casablanca, 2027-05-11" */
  private static String subject(ExchangeProposal proposal, List<ExchangeStay> stays) {
    return stays.stream()
            .map(stay -> stay.getAgentName() + " at " + stay.getHostSiteName())
            .collect(Collectors.joining(" / "))
        + ", "
        + proposal.getStartsLocal().toLocalDate();
  }
}
