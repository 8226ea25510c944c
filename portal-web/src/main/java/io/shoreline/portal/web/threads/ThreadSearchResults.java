package io.shoreline.portal.web.threads;

import io.shoreline.portal.threads.Post;
import io.shoreline.portal.threads.SearchHit;
import io.shoreline.portal.threads.ThreadSearch;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.PagedRows;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

/** The search of app/threads.xhtml?w=ID&q=words: matching posts, newest first, a page at a time. */
@Named
@RequestScoped
public class ThreadSearchResults {

  private static final int EXCERPT = 240;

  @Inject Tenants tenants;
  @Inject ThreadSearch search;
  @Inject Outcomes outcomes;

  private String q;
  private LazyDataModel<SearchHit> model;

  @PostConstruct
  void createModel() {
    model =
        new PagedRows<>(
            outcomes,
            () -> {
              tenants.workspace();
              return search.count(getQ());
            },
            (first, max) -> {
              tenants.workspace();
              return search.page(getQ(), first, max);
            },
            hit -> hit.post().getId());
  }

  public boolean isSearching() {
    return getQ() != null && !getQ().isBlank();
  }

  /** The start of the post's Markdown source, as plain text (the page escapes it). */
  public String excerpt(Post post) {
    String text = post.getMarkdown().replaceAll("\\s+", " ");
    return text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text;
  }

  public LazyDataModel<SearchHit> getModel() {
    return model;
  }

  public String getQ() {
    return q != null ? q : RowParameters.parameter("q");
  }

  public void setQ(String q) {
    this.q = q;
  }
}
