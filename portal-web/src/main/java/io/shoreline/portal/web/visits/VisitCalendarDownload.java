package io.shoreline.portal.web.visits;

import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.visits.SiteVisit;
import io.shoreline.portal.visits.SiteVisits;
import io.shoreline.portal.visits.VisitAgenda;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.platform.Viewers;
import io.shoreline.portal.web.platform.WorkspaceFileServlet;
import io.shoreline.portal.web.threads.AttachmentDownload;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** GET /app/visit-ics?w=ID&v=ID: the visit as an .ics file, to add to one's calendar. */
@WebServlet("/app/visit-ics")
public class VisitCalendarDownload extends WorkspaceFileServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient SiteVisits visits;
  @Inject transient VisitAgenda agenda;

  @Override
  protected void serve(Membership member, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    SiteVisit visit = visits.find(Ids.parse(request.getParameter("v"), "visit"));
    String ics =
        VisitCalendarFile.of(
            member.getPartnership().getId(),
            visit,
            agenda.ofVisit(visit.getId()),
            Viewers.locale(member.getAccount()));
    response.setHeader("Cache-Control", "private, no-cache");
    send(
        response,
        "text/calendar; charset=UTF-8",
        AttachmentDownload.disposition(
            VisitReportPdf.fileName(visit).replaceFirst("\\.pdf$", ".ics")),
        ics.getBytes(StandardCharsets.UTF_8));
  }
}
