package io.shoreline.portal.testing;

import java.util.List;
import java.util.Map;

/**
 * Every route of the portal, with what it exposes. {@code RouteInventoryTest} fails when a view or
 * REST endpoint exists that is not listed here; the adversarial tests probe every {@link
 * Exposure#WORKSPACE} and {@link Exposure#ORGANIZATION} route from the other tenant's side. A new
 * route is therefore covered, or the build fails until it is.
 */
public final class Routes {

  /** What a route shows or changes, and so how it must be attacked. */
  public enum Exposure {
    /** Open to anyone (sign-in page). */
    PUBLIC,
    /** The caller's own account only; takes no tenant id. */
    OWN_ACCOUNT,
    /** Data of the workspace whose id is in the URL: {workspace}. */
    WORKSPACE,
    /** Private data of the caller's organization. */
    ORGANIZATION,
    /**
     * Data of the workspace in the URL for a machine presenting an API token of that workspace (no
     * session): probed with the other workspace's tokens (AdversarialIT).
     */
    API_TOKEN,
    /**
     * An organization's people and groups for its identity provider presenting a SCIM token of that
     * organization (no session): probed with another organization's token (AdversarialIT).
     */
    SCIM_TOKEN
  }

  /** {@code path} is a view ("/app/x.xhtml?w={workspace}") or "METHOD /api/v1/…". */
  public record Route(String path, Exposure exposure) {

    /** The path without its query: what the inventory finds in the code. */
    public String target() {
      int query = path.indexOf('?');
      return query < 0 ? path : path.substring(0, query);
    }

    /** The HTTP method: GET for a view. */
    public String method() {
      return path.startsWith("/") ? "GET" : path.substring(0, path.indexOf(' '));
    }

    /** The URL with every "{name}" filled in from these ids, relative to the portal's root. */
    public String withIds(java.util.Map<String, String> ids) {
      String url = path.startsWith("/") ? path : path.substring(path.indexOf(' ') + 1);
      for (var id : ids.entrySet()) {
        url = url.replace("{" + id.getKey() + "}", id.getValue());
      }
      return url.substring(1);
    }
  }

  public static final List<Route> ALL =
      List.of(
          new Route("/login.xhtml", Exposure.PUBLIC),
          new Route("/app/home.xhtml", Exposure.OWN_ACCOUNT),
          new Route("/app/workspace.xhtml?w={workspace}", Exposure.WORKSPACE),
          new Route("GET /api/v1/me", Exposure.OWN_ACCOUNT),
          new Route("/signup.xhtml", Exposure.PUBLIC),
          // the token in the link is the only key: unknown, used or expired ones show no form
          new Route("/accept-invitation.xhtml", Exposure.PUBLIC),
          new Route("/app/org/people.xhtml", Exposure.ORGANIZATION),
          new Route("/app/org/audit.xhtml", Exposure.ORGANIZATION),
          // every organization, but for platform operators only (403 for anyone else); it takes
          // no tenant id, so there is no other side to probe it from
          new Route("/app/operator/organizations.xhtml", Exposure.OWN_ACCOUNT),
          new Route("/app/org/partners.xhtml", Exposure.ORGANIZATION),
          new Route("/app/org/sites.xhtml", Exposure.ORGANIZATION),
          new Route("/app/org/agents.xhtml", Exposure.ORGANIZATION),
          // the caller's own organization's provider; no id to name another's (SsoIT)
          new Route("/app/org/sso.xhtml", Exposure.ORGANIZATION),
          // a provider's answer: only the sign-in this browser's session started is taken (SsoIT)
          new Route("GET /sso/callback", Exposure.PUBLIC),
          // the page of a failed request; asked for directly, not found
          new Route("GET /errors/failure", Exposure.PUBLIC),
          new Route("/app/members.xhtml?w={workspace}", Exposure.WORKSPACE),
          new Route("/app/activity.xhtml?w={workspace}", Exposure.WORKSPACE),
          new Route("/app/threads.xhtml?w={workspace}", Exposure.WORKSPACE),
          new Route("/app/threads.xhtml?w={workspace}&q=pricing", Exposure.WORKSPACE),
          new Route("/app/thread.xhtml?w={workspace}&t={thread}", Exposure.WORKSPACE),
          new Route("/app/post-history.xhtml?w={workspace}&id={post}", Exposure.WORKSPACE),
          new Route("GET /app/attachment?w={workspace}&id={attachment}", Exposure.WORKSPACE),
          new Route("/app/notifications.xhtml", Exposure.OWN_ACCOUNT),
          new Route("/app/thread-categories.xhtml?w={workspace}", Exposure.WORKSPACE),
          new Route("GET /api/v1/workspaces/{w}/threads", Exposure.WORKSPACE),
          new Route("GET /api/v1/workspaces/{w}/threads/{t}/posts", Exposure.WORKSPACE),
          new Route("POST /api/v1/workspaces/{w}/threads/{t}/posts", Exposure.WORKSPACE),
          // site visits: downloads, action items and a site's history
          new Route("GET /app/finding-photo?w={workspace}&id={photo}", Exposure.WORKSPACE),
          new Route("GET /app/visit-report?w={workspace}&v={visit}", Exposure.WORKSPACE),
          new Route("GET /app/visit-ics?w={workspace}&v={visit}", Exposure.WORKSPACE),
          new Route("/app/action-items.xhtml?w={workspace}", Exposure.WORKSPACE),
          new Route(
              "/app/action-items.xhtml?w={workspace}&open=false&mine=true", Exposure.WORKSPACE),
          new Route("/app/action-item.xhtml?w={workspace}&id={action}", Exposure.WORKSPACE),
          new Route("/app/site-history.xhtml?w={workspace}&site={site}", Exposure.WORKSPACE),
          new Route("/app/visits.xhtml?w={workspace}", Exposure.WORKSPACE),
          new Route("/app/visit-plan.xhtml?w={workspace}", Exposure.WORKSPACE),
          new Route("/app/visit-plan.xhtml?w={workspace}&v={visit}", Exposure.WORKSPACE),
          new Route("/app/visit.xhtml?w={workspace}&v={visit}", Exposure.WORKSPACE),
          // API tokens and the feeds API that takes them
          new Route("/app/api-tokens.xhtml?w={workspace}", Exposure.WORKSPACE),
          new Route("GET /api/v1/workspaces/{w}/feeds", Exposure.API_TOKEN),
          new Route("GET /api/v1/workspaces/{w}/feeds/{f}/versions", Exposure.API_TOKEN),
          new Route("GET /api/v1/workspaces/{w}/feeds/{f}/rows", Exposure.API_TOKEN),
          new Route("POST /api/v1/workspaces/{w}/feeds/{f}/rows", Exposure.API_TOKEN),
          // data feeds: list, definition, rows with versions and diff, CSV export
          new Route("/app/feeds.xhtml?w={workspace}", Exposure.WORKSPACE),
          new Route("/app/feed-edit.xhtml?w={workspace}", Exposure.WORKSPACE),
          new Route("/app/feed-edit.xhtml?w={workspace}&f={feed}", Exposure.WORKSPACE),
          new Route("/app/feed.xhtml?w={workspace}&f={feed}", Exposure.WORKSPACE),
          new Route("/app/feed.xhtml?w={workspace}&f={feed}&from=1&to=2", Exposure.WORKSPACE),
          new Route("GET /app/feed-export?w={workspace}&f={feed}", Exposure.WORKSPACE),
          new Route("GET /app/feed-export?w={workspace}&f={feed}&version=1", Exposure.WORKSPACE),
          // bulletins, the training library and the authority matrix
          new Route("/app/bulletins.xhtml?w={workspace}", Exposure.WORKSPACE),
          new Route("/app/bulletin.xhtml?w={workspace}&id={bulletin}", Exposure.WORKSPACE),
          new Route(
              "/app/bulletin.xhtml?w={workspace}&id={bulletin}&notYet=true", Exposure.WORKSPACE),
          new Route("/app/bulletin-compose.xhtml?w={workspace}", Exposure.WORKSPACE),
          new Route("/app/bulletin-compose.xhtml?w={workspace}&id={bulletin}", Exposure.WORKSPACE),
          new Route("GET /app/bulletin-file?w={workspace}&id={bulletin}", Exposure.WORKSPACE),
          new Route("/app/training.xhtml?w={workspace}", Exposure.WORKSPACE),
          new Route(
              "/app/training-document.xhtml?w={workspace}&id={trainingDocument}",
              Exposure.WORKSPACE),
          new Route("GET /app/training-file?w={workspace}&id={trainingFile}", Exposure.WORKSPACE),
          new Route("/app/authority-matrix.xhtml?w={workspace}", Exposure.WORKSPACE),
          new Route(
              "/app/authority-matrix.xhtml?w={workspace}&v={authorityVersion}", Exposure.WORKSPACE),
          // the balanced scorecard: a period's CSV and PDF exports
          new Route("GET /app/scorecard-csv?w={workspace}&period={period}", Exposure.WORKSPACE),
          new Route("GET /app/scorecard-pdf?w={workspace}&period={period}", Exposure.WORKSPACE),
          // agent exchanges: programmes, proposals, calendar exports
          new Route("/app/exchanges.xhtml?w={workspace}", Exposure.WORKSPACE),
          new Route(
              "/app/exchange-programme.xhtml?w={workspace}&p={programme}", Exposure.WORKSPACE),
          new Route("/app/exchange-proposal.xhtml?w={workspace}&id={proposal}", Exposure.WORKSPACE),
          new Route(
              "GET /app/exchange-ics?w={workspace}&programme={programme}", Exposure.WORKSPACE),
          new Route(
              "GET /app/exchange-csv?w={workspace}&programme={programme}", Exposure.WORKSPACE),
          // the balanced scorecard: KPIs and their terms, the scorecard of a period
          new Route("/app/kpis.xhtml?w={workspace}", Exposure.WORKSPACE),
          new Route("/app/kpi.xhtml?w={workspace}&id={kpi}", Exposure.WORKSPACE),
          new Route("/app/scorecard.xhtml?w={workspace}", Exposure.WORKSPACE),
          new Route("/app/scorecard.xhtml?w={workspace}&period=2026-Q4", Exposure.WORKSPACE),
          // incidents: the list (all, and one filter) and an incident
          new Route("/app/incidents.xhtml?w={workspace}", Exposure.WORKSPACE),
          new Route("/app/incidents.xhtml?w={workspace}&show=closed", Exposure.WORKSPACE),
          new Route("/app/incident.xhtml?w={workspace}&id={incident}", Exposure.WORKSPACE),
          // SCIM provisioning: the admin's page, the SCIM endpoints and their discovery documents
          // (the same for everyone, no tenant data)
          new Route("/app/org/provisioning.xhtml", Exposure.ORGANIZATION),
          new Route("GET /scim/v2/ServiceProviderConfig", Exposure.PUBLIC),
          new Route("GET /scim/v2/ResourceTypes", Exposure.PUBLIC),
          new Route("GET /scim/v2/Schemas", Exposure.PUBLIC),
          new Route("GET /scim/v2/Users", Exposure.SCIM_TOKEN),
          new Route("POST /scim/v2/Users", Exposure.SCIM_TOKEN),
          new Route("GET /scim/v2/Users/{id}", Exposure.SCIM_TOKEN),
          new Route("PUT /scim/v2/Users/{id}", Exposure.SCIM_TOKEN),
          new Route("PATCH /scim/v2/Users/{id}", Exposure.SCIM_TOKEN),
          new Route("DELETE /scim/v2/Users/{id}", Exposure.SCIM_TOKEN),
          new Route("GET /scim/v2/Groups", Exposure.SCIM_TOKEN),
          new Route("POST /scim/v2/Groups", Exposure.SCIM_TOKEN),
          new Route("GET /scim/v2/Groups/{id}", Exposure.SCIM_TOKEN),
          new Route("PUT /scim/v2/Groups/{id}", Exposure.SCIM_TOKEN),
          new Route("PATCH /scim/v2/Groups/{id}", Exposure.SCIM_TOKEN),
          new Route("DELETE /scim/v2/Groups/{id}", Exposure.SCIM_TOKEN),
          // customer feedback: the list (all, and flagged of a range by week), an item, the API
          new Route("/app/feedback.xhtml?w={workspace}", Exposure.WORKSPACE),
          new Route(
              "/app/feedback.xhtml?w={workspace}&flagged=true&from=2026-01-01&to=2026-12-31"
                  + "&period=week",
              Exposure.WORKSPACE),
          new Route("/app/feedback-item.xhtml?w={workspace}&id={feedbackItem}", Exposure.WORKSPACE),
          new Route("GET /api/v1/workspaces/{w}/feedback", Exposure.API_TOKEN),
          new Route("POST /api/v1/workspaces/{w}/feedback", Exposure.API_TOKEN),
          // two-factor sign-in: the second step after the password (its only key is the pending
          // sign-in the password step left in the session), a person's own security page and the
          // organization's policy and resets
          new Route("/login-code.xhtml", Exposure.PUBLIC),
          new Route("/login-enrol.xhtml", Exposure.PUBLIC),
          new Route("/app/security.xhtml", Exposure.OWN_ACCOUNT),
          new Route("/app/org/security.xhtml", Exposure.ORGANIZATION));

  /**
   * A form action: the EL method a view's button invokes ("#{bean.method}", without arguments), and
   * how the adversarial suite attacks it: it loads {@code view} in the attacker's own tenant, finds
   * the button whose client id ends with {@code button}, and posts the form with {@code forged}
   * request parameters naming the other tenant's records. Placeholders in braces are filled from
   * the other tenant's real ids (see AdversarialIT). An action of the caller's own account or of a
   * public page has nothing to forge.
   */
  public record Action(
      String view,
      String method,
      Exposure exposure,
      String button,
      Map<String, String> forged,
      String notProbedBecause) {

    /** A tenant action the suite attacks: the button, and the parameters to forge. */
    public static Action probed(
        String view, String method, Exposure exposure, String button, Map<String, String> forged) {
      return new Action(view, method, exposure, button, forged, null);
    }

    /** An action with nothing of another tenant to name: says why. */
    public static Action notProbed(String view, String method, Exposure exposure, String why) {
      return new Action(view, method, exposure, null, Map.of(), why);
    }

    public static Action ownAccount(String view, String method) {
      return notProbed(view, method, Exposure.OWN_ACCOUNT, "the caller's own session");
    }

    public static Action open(String view, String method) {
      return notProbed(view, method, Exposure.PUBLIC, "public page, no tenant yet");
    }

    public boolean isProbed() {
      return notProbedBecause == null;
    }
  }

  private static final String ACTION_ITEM = "/app/action-item.xhtml?w={workspace}&id={action}";

  /** The attacker's own visits, one in each state, whose pages offer each state's buttons. */
  private static final String OPEN_VISIT = "/app/visit.xhtml?w={workspace}&v={visit}";

  private static final String REVIEW_VISIT = "/app/visit.xhtml?w={workspace}&v={reviewVisit}";
  private static final String SIGNED_VISIT = "/app/visit.xhtml?w={workspace}&v={signedVisit}";

  /** The attacker's own exchange programme and the proposal their side answers. */
  private static final String PROGRAMME =
      "/app/exchange-programme.xhtml?w={workspace}&p={programme}";

  private static final String PROPOSAL = "/app/exchange-proposal.xhtml?w={workspace}&id={proposal}";

  /** The attacker's own KPI pages, each in the state that offers the button probed. */
  private static final String KPI = "/app/kpi.xhtml?w={workspace}&id={kpi}";

  private static final String PROPOSED_KPI = "/app/kpi.xhtml?w={workspace}&id={proposedKpi}";
  private static final String TERMS_KPI = "/app/kpi.xhtml?w={workspace}&id={termsKpi}";
  private static final String AGREED_KPI = "/app/kpi.xhtml?w={workspace}&id={agreedKpi}";

  private static final String NO_ID =
      "takes no record id: it acts on the caller's own organization, which the server decides";

  public static final List<Action> ACTIONS =
      List.of(
          Action.open("/login.xhtml", "#{login.signIn}"),
          Action.notProbed(
              "/login-code.xhtml",
              "#{loginCode.verify}",
              Exposure.PUBLIC,
              "acts on the sign-in whose password this session gave, nothing named in the form:"
                  + " TwoFactorJourneyIT"),
          Action.notProbed(
              "/login-enrol.xhtml",
              "#{loginEnrolment.confirm}",
              Exposure.PUBLIC,
              "acts on the sign-in whose password this session gave, nothing named in the form:"
                  + " TwoFactorJourneyIT"),
          Action.ownAccount("/app/security.xhtml", "#{personalSecurity.start}"),
          Action.ownAccount("/app/security.xhtml", "#{personalSecurity.confirm}"),
          Action.ownAccount("/app/security.xhtml", "#{personalSecurity.disable}"),
          Action.notProbed(
              "/app/org/security.xhtml",
              "#{organizationTwoFactor.savePolicy}",
              Exposure.ORGANIZATION,
              NO_ID + "; a stale version is refused: TwoFactorIT"),
          Action.probed(
              "/app/org/security.xhtml",
              "#{organizationTwoFactor.reset}",
              Exposure.ORGANIZATION,
              "reset",
              Map.of("id", "{otherSecondFactor}", "version", "{otherSecondFactorVersion}")),
          Action.open("/login.xhtml", "#{login.next}"),
          Action.notProbed("/app/org/sso.xhtml", "#{ssoSetup.save}", Exposure.ORGANIZATION, NO_ID),
          Action.notProbed(
              "/app/org/sso.xhtml", "#{ssoSetup.turnOn}", Exposure.ORGANIZATION, NO_ID),
          Action.notProbed(
              "/app/org/sso.xhtml", "#{ssoSetup.turnOff}", Exposure.ORGANIZATION, NO_ID),
          Action.open("/signup.xhtml", "#{signUpForm.submit}"),
          Action.open("/signup.xhtml", "#{signUpForm.suggestSlug}"),
          // time-zone names, no tenant data; the sites page suggests zones with it too
          Action.open("/signup.xhtml", "#{timeZones.complete}"),
          Action.notProbed(
              "/accept-invitation.xhtml",
              "#{acceptInvitation.accept}",
              Exposure.PUBLIC,
              "the token is the credential; unknown, used and expired tokens: InvitationIT"),
          Action.ownAccount("/app/home.xhtml", "#{languageSwitch.switchTo}"),
          Action.ownAccount("/app/home.xhtml", "#{signOut.signOut}"),
          Action.notProbed(
              "/app/operator/organizations.xhtml",
              "#{operatorOrganizations.suspend}",
              Exposure.OWN_ACCOUNT,
              "platform operators act on every organization; others get 403 (InvitationIT)"),
          Action.notProbed(
              "/app/operator/organizations.xhtml",
              "#{operatorOrganizations.reactivate}",
              Exposure.OWN_ACCOUNT,
              "platform operators act on every organization; others get 403 (InvitationIT)"),
          Action.notProbed(
              "/app/org/people.xhtml", "#{peopleInvitations.invite}", Exposure.ORGANIZATION, NO_ID),
          Action.probed(
              "/app/org/people.xhtml",
              "#{peopleInvitations.revoke}",
              Exposure.ORGANIZATION,
              "revoke",
              Map.of("id", "{otherInvitation}", "version", "{otherInvitationVersion}")),
          Action.probed(
              "/app/org/people.xhtml",
              "#{organizationPeople.saveRole}",
              Exposure.ORGANIZATION,
              "save-role",
              Map.of("id", "{otherAccount}", "version", "{otherAccountVersion}")),
          Action.probed(
              "/app/org/people.xhtml",
              "#{organizationPeople.disable}",
              Exposure.ORGANIZATION,
              "disable",
              Map.of("id", "{otherAccount}", "version", "{otherAccountVersion}")),
          Action.probed(
              "/app/org/people.xhtml",
              "#{organizationPeople.enable}",
              Exposure.ORGANIZATION,
              "enable",
              Map.of("id", "{otherDisabledAccount}", "version", "{otherDisabledAccountVersion}")),
          Action.notProbed(
              "/app/org/provisioning.xhtml",
              "#{organizationProvisioning.create}",
              Exposure.ORGANIZATION,
              NO_ID),
          Action.probed(
              "/app/org/provisioning.xhtml",
              "#{organizationProvisioning.revoke}",
              Exposure.ORGANIZATION,
              "revoke",
              Map.of("id", "{otherScimToken}", "version", "{otherScimTokenVersion}")),
          Action.probed(
              "/app/org/provisioning.xhtml",
              "#{organizationProvisioning.saveRole}",
              Exposure.ORGANIZATION,
              "save-role",
              Map.of("id", "{otherScimGroup}", "version", "{otherScimGroupVersion}")),
          partnerAction("#{partnerList.accept}", "accept"),
          partnerAction("#{partnerList.decline}", "decline"),
          partnerAction("#{partnerList.suspend}", "suspend"),
          partnerAction("#{partnerList.resume}", "resume"),
          partnerAction("#{partnerList.end}", "end"),
          Action.notProbed(
              "/app/org/partners.xhtml",
              "#{invitePartner.invite}",
              Exposure.ORGANIZATION,
              NO_ID + "; the partner is named by its public slug"),
          memberAction("#{memberList.saveRole}", "save-role"),
          memberAction("#{memberList.remove}", "remove"),
          Action.probed(
              "/app/members.xhtml?w={workspace}",
              "#{addMember.add}",
              Exposure.WORKSPACE,
              "add",
              Map.of("w", "{otherWorkspace}", "add-member:person_hinput", "{ownCandidate}")),
          Action.notProbed(
              "/app/members.xhtml?w={workspace}",
              "#{addMember.complete}",
              Exposure.WORKSPACE,
              "suggests the caller's own organization's people only (Memberships.candidates)"),
          Action.probed(
              "/app/workspace.xhtml?w={workspace}",
              "#{privateNotes.add}",
              Exposure.WORKSPACE,
              "add",
              Map.of("w", "{otherWorkspace}", "notes:body", "Forged into another workspace")),
          Action.probed(
              "/app/workspace.xhtml?w={workspace}",
              "#{privateNotes.delete}",
              Exposure.WORKSPACE,
              "delete",
              Map.of("id", "{otherNote}")),
          Action.probed(
              "/app/threads.xhtml?w={workspace}",
              "#{threadList.start}",
              Exposure.WORKSPACE,
              "start-thread",
              Map.of(
                  "w", "{otherWorkspace}", "start:title", "Forged thread", "start:body", "Forged")),
          Action.notProbed(
              "/app/threads.xhtml?w={workspace}",
              "#{mentionSuggestions.complete}",
              Exposure.WORKSPACE,
              "suggests members of the workspace the request opened, after the membership check"),
          threadAction("#{postComposer.reply}", "send", Map.of("compose:body", "Forged reply")),
          threadAction("#{postComposer.pin}", "pin", Map.of("version", "0", "flag", "true")),
          threadAction(
              "#{postComposer.resolve}", "resolve", Map.of("version", "0", "flag", "true")),
          threadAction(
              "#{postComposer.edit}",
              "save-edit",
              Map.of("id", "{otherPost}", "version", "0", "editBody", "Forged edit")),
          threadAction(
              "#{postComposer.remove}", "remove-post", Map.of("id", "{otherPost}", "version", "0")),
          Action.notProbed(
              "/app/thread.xhtml?w={workspace}&t={thread}",
              "#{threadView.markSeen}",
              Exposure.WORKSPACE,
              "a remote command, not a button: it marks the caller's own read state in the"
                  + " workspace the request opens; another workspace's thread is not found"
                  + " (ThreadsIT)"),
          Action.probed(
              "/app/thread-categories.xhtml?w={workspace}",
              "#{categoryList.add}",
              Exposure.WORKSPACE,
              "add-category",
              Map.of("w", "{otherWorkspace}", "add:name", "Forged category")),
          categoryAction("#{categoryList.rename}", "rename", Map.of("name", "Forged name")),
          categoryAction("#{categoryList.remove}", "remove", Map.of()),
          Action.ownAccount("/app/notifications.xhtml", "#{notificationInbox.readAll}"),
          Action.ownAccount("/app/notifications.xhtml", "#{notificationInbox.saveDigest}"),
          Action.notProbed(
              "/app/notifications.xhtml",
              "#{notificationInbox.open}",
              Exposure.OWN_ACCOUNT,
              "the caller's organization is the tenant and the notification must be theirs:"
                  + " another person's id is not found (ThreadsIT)"),
          // the item of another workspace named in our own: not found in ours
          Action.probed(
              ACTION_ITEM,
              "#{actionItemView.move}",
              Exposure.WORKSPACE,
              "move",
              Map.of("id", "{otherAction}", "version", "{otherActionVersion}")),
          actionItemAction(
              "#{actionItemView.reassign}", "reassign", Map.of("version", "{otherActionVersion}")),
          actionItemAction(
              "#{actionItemView.comment}", "add-comment", Map.of("comment:text", "Forged comment")),
          Action.probed(
              "/app/org/sites.xhtml",
              "#{editSite.save}",
              Exposure.ORGANIZATION,
              "save",
              Map.of("site-form:id", "{otherSite}", "site-form:version", "{otherSiteVersion}")),
          Action.probed(
              "/app/org/agents.xhtml",
              "#{editAgent.save}",
              Exposure.ORGANIZATION,
              "save",
              Map.of("agent-form:id", "{otherAgent}", "agent-form:version", "{otherAgentVersion}")),
          Action.probed(
              "/app/exchanges.xhtml?w={workspace}",
              "#{exchangeList.create}",
              Exposure.WORKSPACE,
              "create",
              Map.of("w", "{otherWorkspace}", "new-programme:name", "Forged programme")),
          programmeAction("#{programmeSetup.addHostSite}", "add-host-site", Map.of()),
          programmeAction(
              "#{programmeSetup.changeSeats}",
              "change-seats",
              Map.of("id", "{otherHostSite}", "version", "{otherHostSiteVersion}", "seats", "9")),
          programmeAction("#{programmeSetup.addBlackout}", "add-blackout-day", Map.of()),
          programmeAction(
              "#{programmeSetup.removeBlackout}", "remove", Map.of("id", "{otherBlackout}")),
          programmeAction("#{proposeExchange.propose}", "send", Map.of()),
          Action.notProbed(
              PROGRAMME,
              "#{proposeExchange.complete}",
              Exposure.WORKSPACE,
              "suggests the caller's own organization's active agents only (Roster.activeNamed)"),
          proposalAction("#{proposalAnswers.accept}", "accept"),
          proposalAction("#{proposalAnswers.counter}", "counter"),
          proposalAction("#{proposalAnswers.reject}", "reject"),
          Action.notProbed(
              PROPOSAL,
              "#{proposalAnswers.withdraw}",
              Exposure.WORKSPACE,
              "offered to the proposing side only, which the attackers are not here; another"
                  + " workspace's proposal: ExchangesIT"),
          Action.notProbed(
              PROPOSAL,
              "#{proposalAnswers.cancel}",
              Exposure.WORKSPACE,
              "offered on an accepted exchange only, which the attackers' proposal is not; another"
                  + " workspace's exchange: ExchangesIT"),
          Action.notProbed(
              PROPOSAL,
              "#{proposalAnswers.approve}",
              Exposure.WORKSPACE,
              "offered to the proposing side's manager only, once accepted; another workspace's"
                  + " proposal: ExchangesIT"),
          Action.probed(
              "/app/kpis.xhtml?w={workspace}",
              "#{proposeKpi.propose}",
              Exposure.WORKSPACE,
              "propose-kpi",
              Map.of("w", "{otherWorkspace}", "propose:name", "Forged KPI")),
          Action.probed(
              KPI,
              "#{kpiAnswers.agree}",
              Exposure.WORKSPACE,
              "agree-kpi",
              Map.of("id", "{otherKpi}", "version", "{otherKpiVersion}")),
          Action.probed(
              KPI,
              "#{kpiAnswers.decline}",
              Exposure.WORKSPACE,
              "decline-kpi",
              Map.of(
                  "id", "{otherKpi}", "version", "{otherKpiVersion}", "answer-kpi:reason", "No")),
          Action.probed(
              PROPOSED_KPI,
              "#{kpiAnswers.withdraw}",
              Exposure.WORKSPACE,
              "withdraw",
              Map.of("id", "{otherProposedKpi}", "version", "{otherProposedKpiVersion}")),
          Action.probed(
              TERMS_KPI,
              "#{kpiAnswers.agreeTerms}",
              Exposure.WORKSPACE,
              "agree-terms",
              Map.of(
                  "id",
                  "{otherTermsKpi}",
                  "terms",
                  "{otherTerms}",
                  "version",
                  "{otherTermsVersion}")),
          Action.probed(
              TERMS_KPI,
              "#{kpiAnswers.declineTerms}",
              Exposure.WORKSPACE,
              "decline-terms",
              Map.of(
                  "id",
                  "{otherTermsKpi}",
                  "terms",
                  "{otherTerms}",
                  "version",
                  "{otherTermsVersion}")),
          Action.notProbed(
              TERMS_KPI,
              "#{kpiAnswers.withdrawTerms}",
              Exposure.WORKSPACE,
              "offered to the side that proposed the terms only, which the attackers are not here;"
                  + " another workspace's terms: ScorecardsIT"),
          Action.probed(
              AGREED_KPI,
              "#{kpiAnswers.proposeTerms}",
              Exposure.WORKSPACE,
              "propose-terms",
              Map.of("id", "{otherAgreedKpi}", "new-terms:target", "1")),
          Action.probed(
              "/app/visit-plan.xhtml?w={workspace}",
              "#{planVisit.save}",
              Exposure.WORKSPACE,
              "save",
              Map.of(
                  "w", "{otherWorkspace}",
                  "v", "{otherVisit}",
                  "version", "{otherVisitVersion}",
                  "plan:purpose", "Forged visit")),
          Action.probed(
              OPEN_VISIT,
              "#{reportEditor.addItem}",
              Exposure.WORKSPACE,
              "add-item",
              Map.of("w", "{otherWorkspace}", "v", "{otherVisit}", "agenda:text", "Forged item")),
          visitAction(
              "#{reportEditor.removeItem}", "remove-item", Map.of("id", "{otherAgendaItem}")),
          visitAction(
              "#{reportEditor.saveNotes}",
              "save-notes",
              Map.of(
                  "v", "{otherVisit}", "version", "{otherVisitVersion}", "notes:text", "Forged")),
          visitAction("#{reportEditor.saveRatings}", "save-ratings", Map.of("v", "{otherVisit}")),
          visitAction(
              "#{findingEditor.record}",
              "record",
              Map.of(
                  "v",
                  "{otherVisit}",
                  "finding:area_input",
                  "QUALITY",
                  "finding:severity_input",
                  "LOW",
                  "finding:text",
                  "Forged finding")),
          visitAction(
              "#{findingEditor.save}",
              "save-finding",
              Map.of(
                  "id",
                  "{otherFinding}",
                  "version",
                  "{otherFindingVersion}",
                  "area",
                  "QUALITY",
                  "severity",
                  "LOW",
                  "text",
                  "Forged change")),
          visitAction("#{findingEditor.remove}", "remove-finding", Map.of("id", "{otherFinding}")),
          visitAction(
              "#{actionEditor.add}",
              "add-action",
              Map.of("v", "{otherVisit}", "action:title", "Forged action")),
          visitAction(
              "#{visitWorkflow.sendToReview}",
              "send-to-review",
              Map.of("v", "{otherVisit}", "version", "{otherVisitVersion}")),
          Action.probed(
              REVIEW_VISIT,
              "#{visitWorkflow.reopen}",
              Exposure.WORKSPACE,
              "reopen",
              Map.of("v", "{otherReviewVisit}", "version", "{otherReviewVisitVersion}")),
          Action.probed(
              REVIEW_VISIT,
              "#{visitWorkflow.signOff}",
              Exposure.WORKSPACE,
              "sign-off",
              Map.of("v", "{otherReviewVisit}")),
          Action.probed(
              SIGNED_VISIT,
              "#{visitWorkflow.addAmendment}",
              Exposure.WORKSPACE,
              "add-amendment",
              Map.of("v", "{otherSignedVisit}", "amend:text", "Forged amendment")),
          Action.probed(
              SIGNED_VISIT,
              "#{visitWorkflow.signAmendment}",
              Exposure.WORKSPACE,
              "sign-amendment",
              Map.of("v", "{otherSignedVisit}", "number", "1")),
          Action.probed(
              "/app/api-tokens.xhtml?w={workspace}",
              "#{apiTokenList.create}",
              Exposure.WORKSPACE,
              "create",
              Map.of("w", "{otherWorkspace}", "create:name", "Forged token")),
          // the other client's token named in the attacker's own workspace: not found there
          Action.probed(
              "/app/api-tokens.xhtml?w={workspace}",
              "#{apiTokenList.revoke}",
              Exposure.WORKSPACE,
              "revoke",
              Map.of("id", "{otherToken}", "version", "{otherTokenVersion}")),
          Action.probed(
              "/app/feed-edit.xhtml?w={workspace}&f={feed}",
              "#{feedEditor.save}",
              Exposure.WORKSPACE,
              "save",
              Map.of(
                  "w", "{otherWorkspace}",
                  "f", "{otherFeed}",
                  "version", "{otherFeedVersion}",
                  "feed:name", "Forged feed")),
          newFeedAction("#{feedEditor.addColumn}", "add-column"),
          newFeedAction("#{feedEditor.removeColumn}", "remove-column"),
          newFeedAction("#{feedEditor.moveUp}", "move-up"),
          newFeedAction("#{feedEditor.moveDown}", "move-down"),
          Action.probed(
              "/app/feed.xhtml?w={workspace}&f={feed}",
              "#{feedUpload.upload}",
              Exposure.WORKSPACE,
              "csv",
              Map.of("w", "{otherWorkspace}", "f", "{otherFeed}")),
          // bulletins, the training library and the authority matrix
          Action.probed(
              "/app/bulletins.xhtml?w={workspace}",
              "#{bulletinList.acknowledge}",
              Exposure.WORKSPACE,
              "acknowledge",
              Map.of("w", "{otherWorkspace}", "id", "{otherBulletin}")),
          Action.probed(
              "/app/bulletin.xhtml?w={workspace}&id={incomingBulletin}",
              "#{bulletinView.acknowledge}",
              Exposure.WORKSPACE,
              "acknowledge",
              Map.of("id", "{otherBulletin}")),
          Action.probed(
              "/app/bulletin.xhtml?w={workspace}&id={bulletin}",
              "#{bulletinView.withdraw}",
              Exposure.WORKSPACE,
              "withdraw",
              Map.of("id", "{otherBulletin}", "version", "{otherBulletinVersion}")),
          Action.probed(
              "/app/bulletin-compose.xhtml?w={workspace}",
              "#{bulletinComposer.save}",
              Exposure.WORKSPACE,
              "publish",
              Map.of("w", "{otherWorkspace}", "compose:title", "Forged bulletin")),
          Action.probed(
              "/app/bulletin-compose.xhtml?w={workspace}&id={bulletin}",
              "#{bulletinComposer.save}",
              Exposure.WORKSPACE,
              "publish",
              Map.of(
                  "id", "{otherBulletin}",
                  "version", "{otherBulletinVersion}",
                  "compose:title", "Forged version")),
          Action.probed(
              "/app/training.xhtml?w={workspace}",
              "#{trainingList.add}",
              Exposure.WORKSPACE,
              "add-document",
              Map.of("w", "{otherWorkspace}", "add:title", "Forged document")),
          Action.notProbed(
              "/app/training-document.xhtml?w={workspace}&id={trainingDocument}",
              "#{trainingDocumentView.acknowledge}",
              Exposure.WORKSPACE,
              "offered to the vendor's people only, and the attackers are a client's: BulletinsIT"
                  + " refuses a client and another workspace's document"),
          Action.probed(
              "/app/training-document.xhtml?w={workspace}&id={trainingDocument}",
              "#{trainingDocumentView.upload}",
              Exposure.WORKSPACE,
              "upload-version",
              Map.of(
                  "w", "{otherWorkspace}",
                  "id", "{otherTrainingDocument}",
                  "version", "{otherTrainingDocumentVersion}")),
          Action.notProbed(
              "/app/authority-matrix.xhtml?w={workspace}",
              "#{authorityMatrixView.acknowledge}",
              Exposure.WORKSPACE,
              "offered to the vendor's people only, and the attackers are a client's: BulletinsIT"
                  + " refuses a client and another workspace's version"),
          Action.probed(
              "/app/authority-matrix.xhtml?w={workspace}",
              "#{authorityEditor.publish}",
              Exposure.WORKSPACE,
              "publish",
              Map.of("w", "{otherWorkspace}", "startedFrom", "{otherAuthorityNumber}")),
          Action.notProbed(
              "/app/authority-matrix.xhtml?w={workspace}",
              "#{authorityEditor.addRow}",
              Exposure.WORKSPACE,
              "changes only the unsaved rows held in the page's view; publish is probed"),
          Action.notProbed(
              "/app/authority-matrix.xhtml?w={workspace}",
              "#{authorityEditor.removeRow}",
              Exposure.WORKSPACE,
              "changes only the unsaved rows held in the page's view; publish is probed"),
          memberAction("#{memberPlacement.save}", "save-place"),
          // incidents: reported into the other workspace; each step names the other's incident
          Action.probed(
              "/app/incidents.xhtml?w={workspace}",
              "#{incidentList.report}",
              Exposure.WORKSPACE,
              "report-incident",
              Map.of("w", "{otherWorkspace}", "report:title", "Forged incident")),
          incidentAction(
              "#{incidentEditor.saveDetails}", "save-details", Map.of("details:title", "Forged")),
          incidentAction(
              "#{incidentEditor.saveRootCause}",
              "save-root-cause",
              Map.of("root-cause-form:cause", "Forged cause")),
          incidentAction("#{incidentEditor.resolve}", "resolve-incident", Map.of()),
          incidentAction(
              "#{timelineEntries.add}", "add-entry", Map.of("add-entry-form:text", "Forged entry")),
          incidentAction(
              "#{correctiveActionForm.add}",
              "add-corrective",
              Map.of("corrective:title", "Forged action")),
          resolvedIncidentAction("#{incidentEditor.agreeToClose}", "agree-close", Map.of()),
          resolvedIncidentAction(
              "#{incidentEditor.reopen}",
              "reopen-incident",
              Map.of("reopen-form:reason", "Forged reason")),
          // customer feedback: the client's steps name the other client's item
          Action.notProbed(
              "/app/feedback.xhtml?w={workspace}",
              "#{feedbackForm.record}",
              Exposure.WORKSPACE,
              "offered to the vendor's people only, and the attackers are a client's: FeedbackIT"
                  + " refuses a client, and a vendor's member in a workspace they only view"),
          Action.notProbed(
              "/app/feedback-item.xhtml?w={workspace}&id={feedbackItem}",
              "#{feedbackEditor.correct}",
              Exposure.WORKSPACE,
              "offered to the vendor's people only, and the attackers are a client's: FeedbackIT"
                  + " refuses a client, and another workspace's item"),
          feedbackAction("{feedbackItem}", "#{feedbackEditor.flag}", "flag", Map.of()),
          feedbackAction("{flaggedFeedbackItem}", "#{feedbackEditor.unflag}", "unflag", Map.of()),
          feedbackAction(
              "{feedbackItem}",
              "#{feedbackFollowUpForm.toThread}",
              "to-thread",
              Map.of("thread-form:note", "Forged note")),
          feedbackAction(
              "{feedbackItem}",
              "#{feedbackFollowUpForm.toAction}",
              "to-action",
              Map.of("action-form:title", "Forged action")));

  /**
   * On the page of the attacker's own feedback item (its placeholder), naming the other client's
   * item of the same kind (flagged or not).
   */
  private static Action feedbackAction(
      String own, String method, String button, Map<String, String> more) {
    String other = "{other" + Character.toUpperCase(own.charAt(1)) + own.substring(2);
    Map<String, String> forged = new java.util.HashMap<>(more);
    forged.put("id", other);
    forged.put("version", other.replace("}", "Version}"));
    return Action.probed(
        "/app/feedback-item.xhtml?w={workspace}&id=" + own,
        method,
        Exposure.WORKSPACE,
        button,
        forged);
  }

  /** The column editor of a new feed, posted into the other client's workspace. */
  private static Action newFeedAction(String method, String button) {
    return Action.probed(
        "/app/feed-edit.xhtml?w={workspace}",
        method,
        Exposure.WORKSPACE,
        button,
        Map.of("w", "{otherWorkspace}", "index", "0"));
  }

  /** On the attacker's own open incident's page, naming the other client's open incident. */
  private static Action incidentAction(String method, String button, Map<String, String> more) {
    Map<String, String> forged = new java.util.HashMap<>(more);
    forged.put("id", "{otherIncident}");
    forged.put("version", "{otherIncidentVersion}");
    return Action.probed(
        "/app/incident.xhtml?w={workspace}&id={incident}",
        method,
        Exposure.WORKSPACE,
        button,
        forged);
  }

  /**
   * On the attacker's own resolved incident's page (its root cause named, the client's side yet to
   * agree), naming the other client's resolved incident.
   */
  private static Action resolvedIncidentAction(
      String method, String button, Map<String, String> more) {
    Map<String, String> forged = new java.util.HashMap<>(more);
    forged.put("id", "{otherResolvedIncident}");
    forged.put("version", "{otherResolvedIncidentVersion}");
    return Action.probed(
        "/app/incident.xhtml?w={workspace}&id={resolvedIncident}",
        method,
        Exposure.WORKSPACE,
        button,
        forged);
  }

  /** On the attacker's own programme page, naming the other client's programme (and records). */
  private static Action programmeAction(String method, String button, Map<String, String> more) {
    Map<String, String> forged = new java.util.HashMap<>(more);
    forged.putIfAbsent("p", "{otherProgramme}");
    return Action.probed(PROGRAMME, method, Exposure.WORKSPACE, button, forged);
  }

  /** On the attacker's own proposal page, naming the other client's proposal. */
  private static Action proposalAction(String method, String button) {
    return Action.probed(
        PROPOSAL,
        method,
        Exposure.WORKSPACE,
        button,
        Map.of("id", "{otherProposal}", "version", "{otherProposalVersion}"));
  }

  /**
   * A change of an open visit of the attacker's own workspace (the page shows its forms), naming
   * the other client's visit or records in it.
   */
  private static Action visitAction(String method, String button, Map<String, String> forged) {
    return Action.probed(OPEN_VISIT, method, Exposure.WORKSPACE, button, forged);
  }

  /** Forged into the other client's workspace, naming its action item. */
  private static Action actionItemAction(String method, String button, Map<String, String> more) {
    Map<String, String> forged = new java.util.HashMap<>(more);
    forged.put("w", "{otherWorkspace}");
    forged.put("id", "{otherAction}");
    return Action.probed(ACTION_ITEM, method, Exposure.WORKSPACE, button, forged);
  }

  private static Action partnerAction(String method, String button) {
    return Action.probed(
        "/app/org/partners.xhtml",
        method,
        Exposure.ORGANIZATION,
        button,
        Map.of("id", "{otherWorkspace}", "version", "{otherWorkspaceVersion}"));
  }

  /** Forged into the other client's workspace, naming its category. */
  private static Action categoryAction(String method, String button, Map<String, String> more) {
    Map<String, String> forged = new java.util.HashMap<>(more);
    forged.put("w", "{otherWorkspace}");
    forged.put("id", "{otherCategory}");
    forged.put("version", "{otherCategoryVersion}");
    return Action.probed(
        "/app/thread-categories.xhtml?w={workspace}", method, Exposure.WORKSPACE, button, forged);
  }

  /** Forged into the other client's workspace and thread. */
  private static Action threadAction(String method, String button, Map<String, String> more) {
    Map<String, String> forged = new java.util.HashMap<>(more);
    forged.put("w", "{otherWorkspace}");
    forged.put("t", "{otherThread}");
    return Action.probed(
        "/app/thread.xhtml?w={workspace}&t={thread}", method, Exposure.WORKSPACE, button, forged);
  }

  /** Forged twice over: another workspace, and a member of the other client in it. */
  private static Action memberAction(String method, String button) {
    return Action.probed(
        "/app/members.xhtml?w={workspace}",
        method,
        Exposure.WORKSPACE,
        button,
        Map.of("w", "{otherWorkspace}", "id", "{otherMember}", "version", "{otherMemberVersion}"));
  }

  private Routes() {}

  public static List<Route> exposing(Exposure exposure) {
    return ALL.stream().filter(route -> route.exposure() == exposure).toList();
  }
}
