package io.shoreline.portal.web.visits;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.isolation.NoSuchWorkspaceException;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.visits.Findings;
import io.shoreline.portal.visits.VisitReport;
import io.shoreline.portal.visits.VisitReports;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.threads.AttachmentDownload;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * GET /app/visit-report?w=ID&v=ID: the visit's report as a PDF, in the viewer's language and time
 * zone, for members of its workspace only; a draft until both sides signed it off.
 */
@WebServlet("/app/visit-report")
public class VisitReportDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient TenantAccess access;
  @Inject transient VisitReports reports;
  @Inject transient Findings findings;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      Membership member =
          access.openWorkspace(
              Ids.parse(request.getParameter("w"), "workspace"), request.getRemoteUser());
      VisitReport report = reports.of(Ids.parse(request.getParameter("v"), "visit"));
      Account viewer = member.getAccount();
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      new VisitReportPdf(
              report,
              member.getPartnership().getName(),
              Viewers.zone(viewer),
              Viewers.locale(viewer),
              photo -> findings.photo(photo).getData())
          .write(pdf);
      response.setContentType("application/pdf");
      response.setContentLength(pdf.size());
      response.setHeader(
          "Content-Disposition",
          AttachmentDownload.disposition(VisitReportPdf.fileName(report.visit())));
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Cache-Control", "private, no-cache");
      pdf.writeTo(response.getOutputStream());
    } catch (NoSuchRecordException | NoSuchWorkspaceException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } catch (NotAllowedException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }
}
