package io.shoreline.portal.threads;

import io.shoreline.portal.platform.DatabaseSettings;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import io.shoreline.portal.tenancy.isolation.TenantSql;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * Search over the request workspace's thread titles and post texts: MySQL FULLTEXT in production,
 * LIKE on the embedded H2 (all words must appear). A hit is a post; a title match is its thread's
 * first post.
 */
@Stateless
@TenantBound
public class ThreadSearch {

  private static final String PAGE =
      "SELECT p FROM Post p JOIN FETCH p.author a JOIN FETCH a.organization, Conversation c";
  private static final String COUNT = "SELECT COUNT(p) FROM Post p, Conversation c";
  private static final Comparator<Post> NEWEST_FIRST =
      Comparator.comparing(Post::getCreatedAt).thenComparing(Post::getId).reversed();

  // every word in the post's text or, for a first post, in its thread's title
  private static final String LIKE_WORD =
      " AND (LOWER(p.markdown) LIKE :w%1$d OR (p.seq = 1 AND LOWER(c.title) LIKE :w%1$d))";

  @PersistenceContext EntityManager em;
  @Inject CallerMembership member;
  @Inject TenantSql sql;
  @Inject Config config;

  /** A page of hits, newest first, each with its thread's title: three queries at most. */
  public List<SearchHit> page(String typed, int first, int max) {
    member.get();
    SearchTerms terms = SearchTerms.of(typed);
    List<Post> posts;
    if (mysql()) {
      List<Long> ids = sql.searchPosts(member.workspaceId(), terms.booleanQuery(), first, max);
      posts =
          ids.isEmpty()
              ? List.of()
              : em.createNamedQuery(Post.WITH_IDS, Post.class)
                  .setParameter("ids", ids)
                  .getResultStream()
                  .sorted(NEWEST_FIRST)
                  .toList();
    } else {
      posts =
          like(terms, PAGE, Post.class).setFirstResult(first).setMaxResults(max).getResultList();
    }
    if (posts.isEmpty()) {
      return List.of();
    }
    Map<Long, String> titles =
        em.createNamedQuery(Conversation.TITLES, Object[].class)
            .setParameter("ids", posts.stream().map(Post::getConversationId).distinct().toList())
            .getResultStream()
            .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    return posts.stream()
        .map(post -> new SearchHit(post, titles.get(post.getConversationId())))
        .toList();
  }

  public long count(String typed) {
    member.get();
    SearchTerms terms = SearchTerms.of(typed);
    return mysql()
        ? sql.countPosts(member.workspaceId(), terms.booleanQuery())
        : like(terms, COUNT, Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> like(SearchTerms terms, String select, Class<T> type) {
    StringBuilder jpql =
        new StringBuilder(select).append(" WHERE c.id = p.conversationId AND p.removedAt IS NULL");
    List<String> patterns = terms.likePatterns();
    for (int i = 0; i < patterns.size(); i++) {
      jpql.append(LIKE_WORD.formatted(i));
    }
    if (select.equals(PAGE)) {
      jpql.append(" ORDER BY p.createdAt DESC, p.id DESC");
    }
    TypedQuery<T> query = em.createQuery(jpql.toString(), type);
    for (int i = 0; i < patterns.size(); i++) {
      query.setParameter("w" + i, patterns.get(i));
    }
    return query;
  }

  private boolean mysql() {
    return DatabaseSettings.from(config).isExternal();
  }
}
