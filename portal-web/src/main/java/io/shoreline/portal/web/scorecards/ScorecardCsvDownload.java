package io.shoreline.portal.web.scorecards;

import io.shoreline.portal.scorecards.ScorePeriod;
import io.shoreline.portal.scorecards.Scorecard;
import io.shoreline.portal.scorecards.Scorecards;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.web.platform.Viewers;
import io.shoreline.portal.web.platform.WorkspaceFileServlet;
import io.shoreline.portal.web.threads.AttachmentDownload;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * GET /app/scorecard-csv?w=ID&period=KEY: the period's scorecard as formula-safe CSV, one row per
 * KPI and one for the overall score. A period the scorecard does not know is a 400 with a sentence.
 */
@WebServlet("/app/scorecard-csv")
public class ScorecardCsvDownload extends WorkspaceFileServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Scorecards scorecards;

  @Override
  protected void serve(Membership member, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<ScorePeriod> period = ScorecardExports.period(request.getParameter("period"));
    if (period.isEmpty()) {
      ScorecardExports.badPeriod(response, Viewers.locale(member.getAccount()));
      return;
    }
    Scorecard card = scorecards.of(period.get());
    response.setHeader("Cache-Control", "private, no-cache");
    send(
        response,
        "text/csv; charset=UTF-8",
        AttachmentDownload.disposition(
            ScorecardExports.fileName(member.getPartnership().getName(), period.get(), "csv")),
        ScorecardCsvFile.of(card).getBytes(StandardCharsets.UTF_8));
  }
}
