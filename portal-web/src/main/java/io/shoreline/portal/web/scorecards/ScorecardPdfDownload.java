package io.shoreline.portal.web.scorecards;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.scorecards.ScorePeriod;
import io.shoreline.portal.scorecards.Scorecards;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.web.platform.Viewers;
import io.shoreline.portal.web.platform.WorkspaceFileServlet;
import io.shoreline.portal.web.threads.AttachmentDownload;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * GET /app/scorecard-pdf?w=ID&period=KEY: the period's scorecard as a PDF, in the viewer's language
 * and time zone. A period the scorecard does not know is a 400 with a sentence.
 */
@WebServlet("/app/scorecard-pdf")
public class ScorecardPdfDownload extends WorkspaceFileServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Scorecards scorecards;
  @Inject transient TimeSource time;

  @Override
  protected void serve(Membership member, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Account viewer = member.getAccount();
    Optional<ScorePeriod> period = ScorecardExports.period(request.getParameter("period"));
    if (period.isEmpty()) {
      ScorecardExports.badPeriod(response, Viewers.locale(viewer));
      return;
    }
    Partnership workspace = member.getPartnership();
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    new ScorecardPdf(
            scorecards.of(period.get()),
            workspace.getName(),
            workspace.getClient().getName(),
            Viewers.zone(viewer),
            Viewers.locale(viewer),
            time.now())
        .write(pdf);
    response.setHeader("Cache-Control", "private, no-cache");
    send(
        response,
        "application/pdf",
        AttachmentDownload.disposition(
            ScorecardExports.fileName(workspace.getName(), period.get(), "pdf")),
        pdf.toByteArray());
  }
}
