package io.shoreline.portal.threads;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Links in mails to a post: under {@code portal.base-url} (PORTAL_BASE_URL), which production sets;
 * without it, the address of {@code ./mvnw -Prun}.
 */
@ApplicationScoped
public class ThreadLinks {

  static final String LOCAL = "http://localhost:8080";

  @Inject
  @ConfigProperty(name = "portal.base-url")
  Optional<String> baseUrl;

  public String post(long workspaceId, long threadId, int seq) {
    String root =
        baseUrl
            .map(String::strip)
            .filter(url -> !url.isEmpty())
            .orElse(LOCAL)
            .replaceAll("/+$", "");
    return root + "/app/thread.xhtml?w=" + workspaceId + "&t=" + threadId + "#post-" + seq;
  }
}
