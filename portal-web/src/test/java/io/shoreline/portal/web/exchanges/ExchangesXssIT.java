package io.shoreline.portal.web.exchanges;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.exchanges.NewProposal;
import io.shoreline.portal.exchanges.ProgrammeDetails;
import io.shoreline.portal.exchanges.Programmes;
import io.shoreline.portal.exchanges.Proposals;
import io.shoreline.portal.roster.AgentDetails;
import io.shoreline.portal.roster.Roster;
import io.shoreline.portal.sites.SiteDetails;
import io.shoreline.portal.sites.Sites;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.WorkspaceRole;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.testing.ActiveMarkup;
import io.shoreline.portal.testing.ClientsAndVendor;
import io.shoreline.portal.testing.HostileTexts;
import io.shoreline.portal.testing.LazyLists;
import io.shoreline.portal.testing.WebClient;
import io.shoreline.portal.testing.XssPayloads;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The XSS corpus through agent exchanges: programme names and purposes, blackout reasons and
 * proposal notes. The payloads go into A–V, harmless text into the same places of another A–V whose
 * pages are the baseline; no page may hold more active markup than the baseline, nor an evaluated
 * expression.
 */
@ExtendWith(ArquillianExtension.class)
class ExchangesXssIT {

  private static final LocalDate FIRST_DAY = LocalDate.of(2027, 1, 4);

  @ArquillianResource URL base;
  @Inject ClientsAndVendor clientsAndVendor;
  @Inject TenantAccess access;
  @Inject Sites sites;
  @Inject Roster roster;
  @Inject Programmes programmes;
  @Inject Proposals proposals;

  private ClientsAndVendor.Fixture tenants;
  private ClientsAndVendor.Fixture others;

  @BeforeEach
  void twoWorkspacesOfAClientAndItsVendor() {
    tenants = clientsAndVendor.create(WorkspaceRole.COORDINATOR);
    others = clientsAndVendor.create(WorkspaceRole.COORDINATOR);
  }

  @Test
  void programmeNamesAndPurposesAreInertOnEachProgrammeAndInTheList() throws Exception {
    List<Long> hostile = new ArrayList<>();
    access.openWorkspace(tenants.av().getId(), tenants.alice());
    HostileTexts texts = HostileTexts.write(text -> hostile.add(programme(text)));
    assertThat(texts.refused())
        .as("refused: only names over 120 characters, or taken")
        .allMatch(text -> HostileTexts.tooLongOrTaken(text, 120));
    access.openWorkspace(others.av().getId(), others.alice());
    List<Long> harmless = HostileTexts.harmless(21).stream().map(this::programme).toList();

    WebClient alice = signedIn(tenants.alice());
    WebClient other = signedIn(others.alice());
    String baseline = other.page(programmePage(others.av(), harmless.get(0)));
    for (int i = 0; i < hostile.size(); i++) {
      String shown = alice.page(programmePage(tenants.av(), hostile.get(i)));
      ActiveMarkup.assertNoneAdded("programme " + texts.stored().get(i), shown, baseline);
      ActiveMarkup.assertShownAsText("its page", shown, List.of(texts.stored().get(i)));
    }
    new LazyLists("programmes:table", 20)
        .assertInert(
            side(alice, "app/exchanges.xhtml?w=" + tenants.av().getId(), tenants.av(), Map.of()),
            side(other, "app/exchanges.xhtml?w=" + others.av().getId(), others.av(), Map.of()),
            hostile.size());
  }

  @Test
  void blackoutReasonsAndProposalNotesAreInertOnTheProgrammeAndEachProposal() throws Exception {
    List<String> payloads = XssPayloads.all();
    Exchange hostile = exchange(tenants, payloads);
    Exchange harmless = exchange(others, payloads.stream().map(text -> "Plain words").toList());

    WebClient alice = signedIn(tenants.alice());
    WebClient other = signedIn(others.alice());
    String shown = alice.page(programmePage(tenants.av(), hostile.programme()));
    ActiveMarkup.assertNoneAdded(
        "the programme's blackouts and proposals",
        shown,
        other.page(programmePage(others.av(), harmless.programme())));
    ActiveMarkup.assertShownAsText("the programme's blackouts", shown, payloads);
    new LazyLists("proposals:table", 20)
        .assertInert(
            side(
                alice,
                programmePage(tenants.av(), hostile.programme()),
                tenants.av(),
                Map.of("p", hostile.programme() + "")),
            side(
                other,
                programmePage(others.av(), harmless.programme()),
                others.av(),
                Map.of("p", harmless.programme() + "")),
            payloads.size());
    String proposal = "app/exchange-proposal.xhtml?w=";
    String baseline =
        other.page(proposal + others.av().getId() + "&id=" + harmless.proposals().get(0));
    for (int i = 0; i < payloads.size(); i++) {
      String note =
          alice.page(proposal + tenants.av().getId() + "&id=" + hostile.proposals().get(i));
      ActiveMarkup.assertNoneAdded("the proposal noted " + payloads.get(i), note, baseline);
      ActiveMarkup.assertShownAsText("its page", note, List.of(payloads.get(i)));
    }
  }

  /** A programme with its blackouts, and its proposals one day each. */
  private record Exchange(long programme, List<Long> proposals) {}

  /**
   * Alice's programme hosted by A's site, a blackout day per text in 2028 with it as reason; Victor
   * proposes V's agent for a day of 2027 per text, with it as note.
   */
  private Exchange exchange(ClientsAndVendor.Fixture pair, List<String> texts) {
    access.openOrganization(pair.alice());
    long paris = sites.add(new SiteDetails("Paris", "Paris", "FR", "Europe/Paris", 100)).getId();
    access.openOrganization(pair.victor());
    long casablanca =
        sites
            .add(new SiteDetails("Casablanca", "Casablanca", "MA", "Africa/Casablanca", 100))
            .getId();
    long agent =
        roster.add(casablanca, new AgentDetails("Yasmine Alaoui", "fr, en", "", true)).getId();
    access.openWorkspace(pair.av().getId(), pair.alice());
    long programme = programme("Learn each other's customers");
    programmes.addHostSite(programme, paris, 2);
    for (int i = 0; i < texts.size(); i++) {
      programmes.addBlackout(programme, FIRST_DAY.plusYears(1).plusDays(i), texts.get(i));
    }
    access.openWorkspace(pair.av().getId(), pair.victor());
    List<Long> proposed = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      LocalDate day = FIRST_DAY.plusDays(i);
      proposed.add(
          proposals
              .propose(
                  new NewProposal(
                      programme,
                      agent,
                      paris,
                      day.atTime(9, 0),
                      day.atTime(17, 0),
                      null,
                      texts.get(i)))
              .getId());
    }
    return new Exchange(programme, proposed);
  }

  private long programme(String text) {
    return programmes
        .create(new ProgrammeDetails(text, text, FIRST_DAY, FIRST_DAY.plusYears(2), false))
        .getId();
  }

  private static String programmePage(Partnership workspace, long programme) {
    return "app/exchange-programme.xhtml?w=" + workspace.getId() + "&p=" + programme;
  }

  private static LazyLists.Side side(
      WebClient web, String page, Partnership workspace, Map<String, String> more) {
    Map<String, String> parameters = new HashMap<>(more);
    parameters.put("w", workspace.getId() + "");
    return new LazyLists.Side(web, page, parameters);
  }

  private WebClient signedIn(String email) throws Exception {
    return WebClient.signedIn(base, email, ClientsAndVendor.PASSWORD);
  }
}
