package io.shoreline.portal.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people of a black-box test: demo logins signed in through the sign-in page (in Chromium or
 * over plain HTTP), and new organizations and workspaces for tests that need partners the demo
 * lacks ({@link Fixtures}). Closes the browsers it opened.
 */
public final class Visitors implements AutoCloseable {

  private static final Pattern WORKSPACE_LINK =
      Pattern.compile("href=\"/app/workspace\\.xhtml\\?w=(\\d+)\"[^>]*>([^<]+)</a>");

  /** A newly created organization; its admin signs in with the demo password. */
  public record Organization(String slug, String name, String admin) {}

  private final URL base;
  private final List<Browser> browsers = new ArrayList<>();

  public Visitors(URL base) {
    this.base = base;
  }

  /** A browser signed in as this person, on their home page. */
  public Browser browser(String email) {
    Browser browser = new Browser(base);
    browsers.add(browser);
    return browser
        .open("login.xhtml")
        .signIn(email, DemoLogins.PASSWORD)
        .waitForPath("/app/home.xhtml");
  }

  /** A browser nobody signed in with yet. */
  public Browser anonymous() {
    Browser browser = new Browser(base);
    browsers.add(browser);
    return browser;
  }

  /** An HTTP client signed in as this person. */
  public WebClient client(String email) throws Exception {
    WebClient client = new WebClient(base);
    assertThat(client.signIn(email, DemoLogins.PASSWORD).statusCode()).isEqualTo(302);
    return client;
  }

  /** The demo's workspace ids by name, from their vendor's home page. */
  public Map<String, String> demoWorkspaces() throws Exception {
    Map<String, String> ids = new LinkedHashMap<>();
    Matcher link =
        WORKSPACE_LINK.matcher(client(DemoLogins.ATLAS_ADMIN).get("app/home.xhtml").body());
    while (link.find()) {
      ids.put(link.group(2), link.group(1));
    }
    return ids;
  }

  /**
   * A new organization of this kind ("CLIENT" or "VENDOR") with an admin, through {@link Fixtures},
   * which the test's deployment must add.
   */
  public Organization newOrganization(String kind) throws Exception {
    String slug = kind.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
    Organization organization = new Organization(slug, "Org " + slug, "admin@" + slug + ".test");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("kind", kind);
    form.put("name", organization.name());
    form.put("slug", slug);
    form.put("adminName", "Admin " + slug);
    form.put("adminEmail", organization.admin());
    form.put("password", DemoLogins.PASSWORD);
    assertThat(new WebClient(base).post("testing/sign-up", form).statusCode()).isEqualTo(204);
    return organization;
  }

  /** A new client and a new vendor with an active workspace, their admins its coordinators. */
  public record Partners(Organization client, Organization vendor, String workspace) {}

  public Partners newPartners() throws Exception {
    Organization client = newOrganization("CLIENT");
    Organization vendor = newOrganization("VENDOR");
    Partners partners = new Partners(client, vendor, client.name() + " – " + vendor.name());
    Map<String, String> form = new LinkedHashMap<>();
    form.put("clientAdmin", client.admin());
    form.put("vendorAdmin", vendor.admin());
    form.put("name", partners.workspace());
    assertThat(new WebClient(base).post("testing/partnership", form).statusCode()).isEqualTo(204);
    return partners;
  }

  @Override
  public void close() {
    browsers.forEach(Browser::close);
  }
}
