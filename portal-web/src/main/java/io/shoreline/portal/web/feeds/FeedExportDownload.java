package io.shoreline.portal.web.feeds;

import io.shoreline.portal.feeds.Feed;
import io.shoreline.portal.feeds.FeedRows;
import io.shoreline.portal.feeds.Feeds;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.tenancy.isolation.NoSuchWorkspaceException;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.web.platform.Ids;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.Normalizer;

/**
 * GET /app/feed-export?w=ID&f=FEED[&version=N]: a feed's rows (current, or as of version N) as a
 * formula-safe CSV attachment, to members of its workspace only (anyone else: 404).
 */
@WebServlet("/app/feed-export")
public class FeedExportDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient TenantAccess access;
  @Inject transient Feeds feeds;
  @Inject transient FeedRows rows;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      access.openWorkspace(
          Ids.parse(request.getParameter("w"), "workspace"), request.getRemoteUser());
      long feedId = Ids.parse(request.getParameter("f"), "feed");
      Feed feed = feeds.find(feedId);
      int version = version(request.getParameter("version"));
      response.setContentType("text/csv; charset=UTF-8");
      response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(feed) + "\"");
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Cache-Control", "private, no-cache");
      // streamed row by row from the database; an unknown version is refused before any row
      rows.export(feedId, version, response.getWriter());
    } catch (NoSuchRecordException | NoSuchWorkspaceException | RuleViolation e) {
      response.reset();
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } catch (NotAllowedException e) {
      response.reset();
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }

  private static int version(String text) {
    if (text == null || text.isBlank()) {
      return 0;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new NoSuchRecordException("version", text);
    }
  }

  /** The feed's name in ASCII letters, digits and dashes, for the header. */
  static String fileName(Feed feed) {
    String ascii =
        Normalizer.normalize(feed.getName(), Normalizer.Form.NFD)
            .replaceAll("[^A-Za-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "")
            .toLowerCase(java.util.Locale.ROOT);
    return (ascii.isEmpty() ? "feed" : ascii) + "-v" + feed.getCurrentVersion() + ".csv";
  }
}
