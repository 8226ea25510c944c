package io.shoreline.portal.web.visits;

import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.isolation.NoSuchWorkspaceException;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.visits.SiteVisit;
import io.shoreline.portal.visits.SiteVisits;
import io.shoreline.portal.visits.VisitAgenda;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.threads.AttachmentDownload;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** GET /app/visit-ics?w=ID&v=ID: the visit as an .ics file, for members of its workspace only. */
@WebServlet("/app/visit-ics")
public class VisitCalendarDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient TenantAccess access;
  @Inject transient SiteVisits visits;
  @Inject transient VisitAgenda agenda;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      long workspaceId = Ids.parse(request.getParameter("w"), "workspace");
      Membership member = access.openWorkspace(workspaceId, request.getRemoteUser());
      SiteVisit visit = visits.find(Ids.parse(request.getParameter("v"), "visit"));
      byte[] ics =
          VisitCalendarFile.of(
                  workspaceId,
                  visit,
                  agenda.ofVisit(visit.getId()),
                  Viewers.locale(member.getAccount()))
              .getBytes(StandardCharsets.UTF_8);
      response.setContentType("text/calendar; charset=UTF-8");
      response.setContentLength(ics.length);
      String name = VisitReportPdf.fileName(visit).replaceFirst("\\.pdf$", ".ics");
      response.setHeader("Content-Disposition", AttachmentDownload.disposition(name));
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Cache-Control", "private, no-cache");
      response.getOutputStream().write(ics);
    } catch (NoSuchRecordException | NoSuchWorkspaceException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } catch (NotAllowedException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }
}
