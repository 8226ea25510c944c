package io.shoreline.portal.web.platform;

import io.shoreline.portal.platform.DatabaseOutage;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The page of a request that failed (web.xml maps status 500 here). While the database cannot be
 * reached it answers 503 with "try again in a few seconds" and a Retry-After, so people and load
 * balancers wait instead of reporting a fault; any other failure keeps the 500 page. Neither shows
 * a stack trace.
 */
@WebServlet(FailurePage.PATH)
public class FailurePage extends HttpServlet {

  static final String PATH = "/errors/failure";
  public static final String RETRY_AFTER_SECONDS = "5";
  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND); // asked for, not an error dispatch
      return;
    }
    Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (failure instanceof Throwable thrown && DatabaseOutage.causedBy(thrown)) {
      answerUnavailable(response);
      write(response, "/errors/unavailable.html");
    } else {
      response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
      write(response, "/errors/500.html");
    }
  }

  /** 503 with the seconds to wait: the database is down or restarting, nothing was changed. */
  public static void answerUnavailable(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
  }

  private void write(HttpServletResponse response, String page) throws IOException {
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    try (InputStream html = getServletContext().getResourceAsStream(page)) {
      if (html == null) {
        throw new UncheckedIOException(new IOException(page + " is missing from the WAR"));
      }
      html.transferTo(response.getOutputStream());
    }
  }
}
