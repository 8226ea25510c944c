package io.shoreline.portal.web.apitokens;

import io.shoreline.portal.apitokens.ApiToken;
import io.shoreline.portal.apitokens.ApiTokens;
import io.shoreline.portal.apitokens.CreatedToken;
import io.shoreline.portal.apitokens.FeedChoice;
import io.shoreline.portal.apitokens.NewToken;
import io.shoreline.portal.apitokens.TokenScope;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.visits.AccountNames;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.PagedRows;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.LazyDataModel;

/**
 * Backing bean of app/api-tokens.xhtml?w=ID: the caller's side's tokens of the workspace, a page at
 * a time, for its coordinators. A new token's secret lives in this request alone: it is shown once
 * in the response to "create" and kept nowhere (not in the session, not in the flash).
 */
@Named
@RequestScoped
public class ApiTokenList {

  public static final int PAGE_SIZE = 20;

  @Inject Tenants tenants;
  @Inject ApiTokens tokens;
  @Inject AccountNames names;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private LazyDataModel<ApiToken> model;
  private String name;
  private final Map<Long, Boolean> read = new HashMap<>();
  private final Map<Long, Boolean> write = new HashMap<>();
  private List<FeedChoice> choices;
  private Map<Long, String> feedNames;
  private final Map<Long, String> people = new HashMap<>();
  private CreatedToken created;
  private boolean createRefused;
  private boolean recordFeedback;

  @PostConstruct
  void createModel() {
    model =
        new PagedRows<>(
            outcomes,
            () -> {
              tenants.workspace();
              return tokens.count();
            },
            (first, max) -> {
              tenants.workspace();
              List<ApiToken> page = tokens.page(first, max);
              namePeople(page);
              return page;
            },
            ApiToken::getId);
  }

  /** The view action: members who are no coordinator of their side get 403. */
  public void open() {
    outcomes.attempt(
        () -> {
          tenants.workspace();
          return tokens.count();
        });
  }

  public Partnership getWorkspace() {
    return outcomes.attempt(() -> tenants.workspace().getPartnership()).orElse(null);
  }

  public String create() {
    outcomes
        .attempt(
            () -> {
              tenants.workspace();
              List<NewToken.Grant> grants =
                  getChoices().stream()
                      .map(
                          feed ->
                              new NewToken.Grant(
                                  feed.getId(),
                                  ticked(read, feed.getId()),
                                  ticked(write, feed.getId())))
                      .toList();
              return tokens.create(new NewToken(name, grants, recordFeedback));
            })
        .ifPresentOrElse(
            token -> {
              created = token;
              name = null;
              read.clear();
              write.clear();
              recordFeedback = false;
            },
            () -> createRefused = true);
    return null; // the same page, whose response shows the secret once
  }

  public String revoke() {
    boolean done =
        outcomes.attempt(
            () -> {
              tenants.workspace();
              ApiToken revoked =
                  tokens.revoke(RowParameters.id("API token"), RowParameters.version());
              messages.info("apiTokens.revoked", revoked.getName());
            });
    return done ? "/app/api-tokens?faces-redirect=true&includeViewParams=true" : null;
  }

  /** The workspace's feeds, and whether the caller's side may let a token write each. */
  public List<FeedChoice> getChoices() {
    if (choices == null) {
      choices =
          outcomes
              .attempt(
                  () -> {
                    tenants.workspace();
                    return tokens.feedChoices();
                  })
              .orElse(List.of());
    }
    return choices;
  }

  /** "Daily KPIs: read, write; Store hours: read; records customer feedback". */
  public String scopes(ApiToken token) {
    if (feedNames == null) {
      feedNames =
          getChoices().stream().collect(Collectors.toMap(FeedChoice::getId, FeedChoice::getName));
    }
    java.util.stream.Stream<String> feeds =
        token.getScopes().stream()
            .map(
                scope ->
                    feedNames.getOrDefault(scope.getFeedId(), "#" + scope.getFeedId())
                        + rights(scope));
    return java.util.stream.Stream.concat(
            feeds,
            token.isRecordFeedback()
                ? java.util.stream.Stream.of(messages.text("apiTokens.feedbackScope"))
                : java.util.stream.Stream.empty())
        .collect(Collectors.joining("; "));
  }

  /** Whether the caller's side is the vendor's, whose tokens may record customer feedback. */
  public boolean isVendor() {
    return outcomes
        .attempt(
            () ->
                tenants.workspace().getAccount().getOrganization().getKind()
                    == io.shoreline.portal.tenancy.OrganizationKind.VENDOR)
        .orElse(false);
  }

  public boolean isRecordFeedback() {
    return recordFeedback;
  }

  public void setRecordFeedback(boolean recordFeedback) {
    this.recordFeedback = recordFeedback;
  }

  public String person(Long accountId) {
    return accountId == null ? "" : people.getOrDefault(accountId, "#" + accountId);
  }

  private String rights(TokenScope scope) {
    String granted =
        (scope.isRead() ? messages.text("apiTokens.read") : "")
            + (scope.isRead() && scope.isWrite() ? ", " : "")
            + (scope.isWrite() ? messages.text("apiTokens.write") : "");
    return ": " + granted;
  }

  private void namePeople(List<ApiToken> page) {
    List<Long> ids =
        page.stream()
            .flatMap(
                token -> java.util.stream.Stream.of(token.getCreatedBy(), token.getRevokedBy()))
            .filter(java.util.Objects::nonNull)
            .toList();
    people.putAll(names.of(ids));
  }

  private static boolean ticked(Map<Long, Boolean> boxes, long feedId) {
    return Boolean.TRUE.equals(boxes.get(feedId));
  }

  public LazyDataModel<ApiToken> getModel() {
    return model;
  }

  public int getPageSize() {
    return PAGE_SIZE;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Map<Long, Boolean> getRead() {
    return read;
  }

  public Map<Long, Boolean> getWrite() {
    return write;
  }

  /** The secret of the token this request made, or null: shown once. */
  public String getCreatedSecret() {
    return created == null ? null : created.secret();
  }

  /** Whether "create" was refused: the dialog opens again with the message and what was typed. */
  public boolean isCreateRefused() {
    return createRefused;
  }

  public String getCreatedName() {
    return created == null ? null : created.token().getName();
  }
}
