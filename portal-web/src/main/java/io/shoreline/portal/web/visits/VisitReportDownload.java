package io.shoreline.portal.web.visits;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.visits.Findings;
import io.shoreline.portal.visits.VisitReport;
import io.shoreline.portal.visits.VisitReports;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.platform.Viewers;
import io.shoreline.portal.web.platform.WorkspaceFileServlet;
import io.shoreline.portal.web.threads.AttachmentDownload;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * GET /app/visit-report?w=ID&v=ID: the visit's report as a PDF, in the viewer's language and time
 * zone; a draft until both sides signed it off.
 */
@WebServlet("/app/visit-report")
public class VisitReportDownload extends WorkspaceFileServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient VisitReports reports;
  @Inject transient Findings findings;

  @Override
  protected void serve(Membership member, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
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
    response.setHeader("Cache-Control", "private, no-cache");
    send(
        response,
        "application/pdf",
        AttachmentDownload.disposition(VisitReportPdf.fileName(report.visit())),
        pdf.toByteArray());
  }
}
