package io.shoreline.portal.threads;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a post's Markdown and renders it: not empty, not too long, mentioning members of the
 * workspace (of either side) only.
 */
@ApplicationScoped
public class PostText {

  public static final int MAX_LENGTH = 20_000;

  /**
   * Control characters other than tab and line breaks, lone surrogates (a JSON escape can make one:
   * MySQL's utf8mb4 cannot store it) and U+FFFE, U+FFFF: as for a feed's text cells.
   */
  private static final Pattern CONTROL =
      Pattern.compile("[[\\p{Cc}\\p{Cs}\\x{FFFE}\\x{FFFF}]&&[^\\t\\n\\r]]");

  private final PostMarkdown markdown = new PostMarkdown();

  @Inject Memberships memberships;
  @Inject CallerMembership member;

  RenderedText render(String source) {
    String text = source == null ? "" : source.strip();
    if (text.isEmpty()) {
      throw new RuleViolation("posts.empty");
    }
    if (text.length() > MAX_LENGTH) {
      throw new RuleViolation("posts.tooLong", MAX_LENGTH, text.length());
    }
    if (CONTROL.matcher(text).find()) {
      throw new RuleViolation("posts.control");
    }
    Set<String> mentioned = markdown.mentionedEmails(text);
    if (mentioned.isEmpty()) {
      return new RenderedText(text, markdown.toHtml(text, Map.of()), List.of());
    }
    Map<String, Account> members = new HashMap<>();
    for (Membership membership : memberships.ofWorkspace(member.workspaceId())) {
      members.put(membership.getAccount().getEmail().toLowerCase(), membership.getAccount());
    }
    Map<String, String> names = new HashMap<>();
    List<Long> accounts = new ArrayList<>();
    for (String email : mentioned) {
      Account account = members.get(email);
      if (account == null) {
        throw new RuleViolation("posts.mentionNotMember", email);
      }
      names.put(email, account.getDisplayName());
      accounts.add(account.getId());
    }
    return new RenderedText(text, markdown.toHtml(text, names), accounts);
  }
}
