package io.shoreline.portal.identity.sso;

import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.platform.RuleViolation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What an organization's admin says about their provider, as typed; {@link #validated} answers the
 * tidy form or names the first thing wrong. A blank client secret keeps the stored one.
 */
public record SsoDraft(
    String issuer,
    String clientId,
    String clientSecret,
    String emailClaim,
    String groupsClaim,
    Set<String> domains,
    boolean createsAccounts,
    Map<String, OrgRole> groupRoles) {

  static final int MOST_DOMAINS = 20;
  static final int MOST_GROUPS = 50;
  private static final Pattern CLAIM = Pattern.compile("[A-Za-z0-9_.:/-]{1,100}");
  private static final Pattern DOMAIN =
      Pattern.compile("(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

  /**
   * Mailbox providers shared by the public: claiming one would send strangers to an organization's
   * provider.
   */
  private static final Set<String> PUBLIC_MAIL =
      Set.of(
          "gmail.com",
          "googlemail.com",
          "outlook.com",
          "hotmail.com",
          "live.com",
          "msn.com",
          "yahoo.com",
          "icloud.com",
          "me.com",
          "aol.com",
          "gmx.com",
          "gmx.de",
          "gmx.net",
          "proton.me",
          "protonmail.com",
          "yandex.ru",
          "mail.ru",
          "orange.fr",
          "free.fr",
          "laposte.net",
          "wanadoo.fr",
          "sfr.fr",
          "web.de",
          "zoho.com");

  /** The domains of a text such as "acme.com, acme.fr". */
  public static Set<String> domainsOf(String text) {
    if (text == null || text.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(text.split("[\\s,;]+"))
        .map(domain -> domain.strip().toLowerCase(Locale.ROOT))
        .filter(domain -> !domain.isEmpty())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * @param hasSecret whether a secret is stored already (a blank one then keeps it)
   */
  public SsoDraft validated(boolean hasSecret) {
    String secret = clientSecret == null ? "" : clientSecret.strip();
    if (secret.isEmpty() && !hasSecret) {
      throw new RuleViolation("sso.secret.required");
    }
    if (secret.length() > 500) {
      throw new RuleViolation("sso.secret.tooLong");
    }
    return new SsoDraft(
        issuer(issuer),
        text(clientId, 200, "sso.clientId"),
        secret.isEmpty() ? null : secret,
        claim(emailClaim, "email"),
        claim(groupsClaim, "groups"),
        domains(domains, createsAccounts),
        createsAccounts,
        groupRoles(groupRoles));
  }

  /**
   * An https URL without query or fragment; plain http only on this machine (a provider started
   * beside the portal, as the tests do).
   */
  static String issuer(String text) {
    String issuer = text(text, 500, "sso.issuer");
    while (issuer.endsWith("/")) {
      issuer = issuer.substring(0, issuer.length() - 1);
    }
    URI uri;
    try {
      uri = new URI(issuer);
    } catch (URISyntaxException e) {
      throw new RuleViolation("sso.issuer.invalid");
    }
    boolean loopback =
        Set.of("localhost", "127.0.0.1", "[::1]").contains(String.valueOf(uri.getHost()));
    boolean secure =
        "https".equals(uri.getScheme()) || ("http".equals(uri.getScheme()) && loopback);
    if (!secure || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
      throw new RuleViolation("sso.issuer.invalid");
    }
    return issuer;
  }

  private static String text(String text, int most, String key) {
    String value = text == null ? "" : text.strip();
    if (value.isEmpty()) {
      throw new RuleViolation(key + ".required");
    }
    if (value.length() > most) {
      throw new RuleViolation(key + ".tooLong", most);
    }
    return value;
  }

  private static String claim(String text, String usual) {
    String claim = text == null || text.isBlank() ? usual : text.strip();
    if (!CLAIM.matcher(claim).matches()) {
      throw new RuleViolation("sso.claim.invalid", claim);
    }
    return claim;
  }

  private static Set<String> domains(Set<String> typed, boolean createsAccounts) {
    Set<String> domains = new TreeSet<>();
    for (String domain : typed == null ? Set.<String>of() : typed) {
      String clean = domain.strip().toLowerCase(Locale.ROOT);
      if (!DOMAIN.matcher(clean).matches()) {
        throw new RuleViolation("sso.domain.invalid", clean);
      }
      if (PUBLIC_MAIL.contains(clean)) {
        throw new RuleViolation("sso.domain.public", clean);
      }
      domains.add(clean);
    }
    if (domains.size() > MOST_DOMAINS) {
      throw new RuleViolation("sso.domain.tooMany", MOST_DOMAINS);
    }
    if (createsAccounts && domains.isEmpty()) {
      throw new RuleViolation("sso.domain.neededToCreate");
    }
    return domains;
  }

  private static Map<String, OrgRole> groupRoles(Map<String, OrgRole> typed) {
    Map<String, OrgRole> roles = new LinkedHashMap<>();
    for (Map.Entry<String, OrgRole> entry :
        (typed == null ? Map.<String, OrgRole>of() : typed).entrySet()) {
      String group = text(entry.getKey(), 200, "sso.group");
      if (entry.getValue() == null) {
        throw new RuleViolation("sso.group.role.required", group);
      }
      roles.put(group, entry.getValue());
    }
    if (roles.size() > MOST_GROUPS) {
      throw new RuleViolation("sso.group.tooMany", MOST_GROUPS);
    }
    return roles;
  }
}
