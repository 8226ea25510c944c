package io.shoreline.bench;

import io.shoreline.bench.Dataset.Organization;
import io.shoreline.bench.Dataset.Workspace;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Organizations (one platform, clients, vendors) with accounts, sites and agents; workspaces
 * between distinct client/vendor pairs with their default thread categories and members of both
 * sides. The tenant structure is the same at every scale: only volumes below it scale.
 */
final class TenantsPhase {

  static final int ORGANIZATIONS = 50;
  static final int CLIENTS = 19;
  static final int WORKSPACES = 200;
  static final int CLIENT_ACCOUNTS = 15;
  static final int VENDOR_ACCOUNTS = 25;
  static final int MEMBERS_PER_SIDE = 6;

  /**
   * "Shoreline-demo-1" hashed by the portal's PasswordHashing (PBKDF2-HMAC-SHA256, 600,000
   * iterations): the demo data's precomputed hash, shared by every generated account.
   */
  static final String PASSWORD_HASH =
      "PBKDF2WithHmacSHA256:600000:/wcucQ9JeNXTEgmUZquSGkii+bTSyDTcXquB30uzAd0="
          + ":vo8U5EaLLsK2hv7pHV90LikDXLmQTHiTGTfgS7K/XYk=";

  private static final String[] CATEGORIES = {"General", "Escalation", "Training", "Operations"};
  private static final String[][] CITIES = {
    {"Paris", "FR", "Europe/Paris"}, {"Lisbon", "PT", "Europe/Lisbon"},
    {"Casablanca", "MA", "Africa/Casablanca"}, {"Warsaw", "PL", "Europe/Warsaw"},
    {"Dublin", "IE", "Europe/Dublin"}, {"Manila", "PH", "Asia/Manila"},
    {"Montréal", "CA", "America/Toronto"}, {"Berlin", "DE", "Europe/Berlin"}
  };
  private static final String[] SKILLS = {"billing", "returns", "technical", "sales", "retention"};

  private final Connection connection;
  private final Report report;
  private final SplittableRandom random;
  private final Dataset data;

  TenantsPhase(Connection connection, Report report, long seed, Dataset data) {
    this.connection = connection;
    this.report = report;
    this.random = new SplittableRandom(seed);
    this.data = data;
  }

  void run() throws SQLException {
    organizations();
    accountsSitesAgents();
    workspaces();
    connection.commit();
  }

  private void organizations() throws SQLException {
    try (Bulk orgs =
        new Bulk(
            connection,
            report,
            "organization",
            "id, slug, name, kind, default_language, time_zone, created_at, version, status")) {
      for (int i = 0; i < ORGANIZATIONS; i++) {
        String kind = i == 0 ? "PLATFORM" : i <= CLIENTS ? "CLIENT" : "VENDOR";
        int number = i == 0 ? 0 : i <= CLIENTS ? i : i - CLIENTS;
        String slug = i == 0 ? "platform" : "%s-%02d".formatted(kind.toLowerCase(), number);
        String name =
            i == 0
                ? "Shoreline Platform"
                : "%s %s %02d"
                    .formatted(
                        Text.pick(random, Text.LAST_NAMES),
                        kind.equals("CLIENT") ? "Retail" : "Contact Services",
                        number);
        Organization org = new Organization(orgs.nextId(), slug, name, kind);
        String[] city = CITIES[i % CITIES.length];
        orgs.add(
            org.id,
            slug,
            name,
            kind,
            i % 3 == 0 ? "fr" : "en",
            city[2],
            Dataset.EPOCH.minusDays(400 - i),
            1L,
            "ACTIVE");
        data.organizations.add(org);
      }
    }
  }

  private void accountsSitesAgents() throws SQLException {
    try (Bulk accounts =
            new Bulk(
                connection,
                report,
                "account",
                "id, organization_id, email, display_name, password_hash, org_role, language,"
                    + " time_zone, enabled, created_at, version");
        Bulk sites =
            new Bulk(
                connection,
                report,
                "site",
                "id, organization_id, name, city, country, time_zone, seat_capacity, version");
        Bulk agents =
            new Bulk(
                connection,
                report,
                "agent",
                "id, organization_id, site_id, name, languages, skills, active, version")) {
      for (Organization org : data.organizations) {
        int people =
            switch (org.kind) {
              case "CLIENT" -> CLIENT_ACCOUNTS;
              case "VENDOR" -> VENDOR_ACCOUNTS;
              default -> 3;
            };
        for (int n = 1; n <= people; n++) {
          long id = accounts.nextId();
          String role = n == 1 ? "ORG_ADMIN" : n <= 3 ? "MANAGER" : "MEMBER";
          String[] city = CITIES[(int) (org.id % CITIES.length)];
          String name = Text.personName(random);
          data.accountNames.put(id, name);
          accounts.add(
              id,
              org.id,
              "user%d@%s.example".formatted(n, org.slug),
              name,
              PASSWORD_HASH,
              role,
              "en",
              city[2],
              true,
              Dataset.EPOCH.minusDays(300),
              1L);
          org.accounts.add(id);
        }
        if (org.kind.equals("PLATFORM")) {
          continue;
        }
        for (int s = 0; s < 3; s++) {
          String[] city = CITIES[(int) ((org.id + s) % CITIES.length)];
          Dataset.Site site =
              new Dataset.Site(sites.nextId(), city[0] + " " + (s + 1), city[0], city[2]);
          sites.add(site.id(), org.id, site.name(), city[0], city[1], city[2], 80 + 20 * s, 1L);
          org.sites.add(site);
        }
      }
      // the sites before the agents that work there
      sites.flush();
      for (Organization org : data.organizations) {
        for (Dataset.Site site : org.sites) {
          agents(agents, org, site);
        }
      }
    }
  }

  private void agents(Bulk agents, Organization org, Dataset.Site site) throws SQLException {
    for (int a = 0; a < 10; a++) {
      Dataset.Agent agent = new Dataset.Agent(agents.nextId(), Text.personName(random));
      agents.add(
          agent.id(),
          org.id,
          site.id(),
          agent.name(),
          "en,fr",
          Text.pick(random, SKILLS),
          true,
          1L);
      org.agents.add(agent);
    }
  }

  private void workspaces() throws SQLException {
    List<Organization> clients =
        data.organizations.stream().filter(o -> o.kind.equals("CLIENT")).toList();
    List<Organization> vendors =
        data.organizations.stream().filter(o -> o.kind.equals("VENDOR")).toList();
    List<Organization[]> pairs = new ArrayList<>();
    for (Organization client : clients) {
      for (Organization vendor : vendors) {
        pairs.add(new Organization[] {client, vendor});
      }
    }
    shuffle(pairs);
    try (Bulk partnerships =
            new Bulk(
                connection,
                report,
                "partnership",
                "id, client_org_id, vendor_org_id, name, status, created_at, version,"
                    + " invited_by_org_id, invited_by_account_id");
        Bulk categories =
            new Bulk(
                connection,
                report,
                "thread_category",
                "id, workspace_id, name, position, version");
        Bulk memberships =
            new Bulk(
                connection,
                report,
                "membership",
                "id, partnership_id, account_id, role, created_at, version")) {
      for (Organization[] pair : pairs.subList(0, WORKSPACES)) {
        Workspace ws = new Workspace(partnerships.nextId(), pair[0], pair[1]);
        partnerships.add(
            ws.id,
            ws.client.id,
            ws.vendor.id,
            ws.client.name + " – " + ws.vendor.name,
            "ACTIVE",
            Dataset.EPOCH.minusDays(200),
            1L,
            ws.client.id,
            ws.client.accounts.get(0));
        data.workspaces.add(ws);
      }
      // the workspaces before their categories and members
      partnerships.flush();
      for (Workspace ws : data.workspaces) {
        for (int c = 0; c < CATEGORIES.length; c++) {
          ws.categories[c] = categories.nextId();
          categories.add(ws.categories[c], ws.id, CATEGORIES[c], c + 1, 1L);
        }
        members(memberships, ws, ws.client, ws.clientMembers);
        members(memberships, ws, ws.vendor, ws.vendorMembers);
      }
    }
  }

  /** The org admin (user1) coordinates every workspace of its side; five others join it. */
  private void members(Bulk memberships, Workspace ws, Organization org, List<Long> into)
      throws SQLException {
    List<Long> others = new ArrayList<>(org.accounts.subList(1, org.accounts.size()));
    shuffle(others);
    into.add(org.accounts.get(0));
    into.addAll(others.subList(0, MEMBERS_PER_SIDE - 1));
    for (int m = 0; m < into.size(); m++) {
      String role = m < 2 ? "COORDINATOR" : m < into.size() - 1 ? "CONTRIBUTOR" : "VIEWER";
      memberships.add(
          memberships.nextId(), ws.id, into.get(m), role, Dataset.EPOCH.minusDays(199), 1L);
    }
  }

  private <T> void shuffle(List<T> list) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T swap = list.get(i);
      list.set(i, list.get(j));
      list.set(j, swap);
    }
  }
}
