package io.shoreline.portal.web.exchanges;

import io.shoreline.portal.exchanges.ExchangeCalendar;
import io.shoreline.portal.exchanges.ExchangeProgramme;
import io.shoreline.portal.exchanges.Programmes;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.platform.WorkspaceFileServlet;
import io.shoreline.portal.web.threads.AttachmentDownload;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** GET /app/exchange-csv?w=ID&programme=ID: the programme's accepted stays as formula-safe CSV. */
@WebServlet("/app/exchange-csv")
public class ExchangeCsvDownload extends WorkspaceFileServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Programmes programmes;
  @Inject transient ExchangeCalendar calendar;

  @Override
  protected void serve(Membership member, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ExchangeProgramme programme =
        programmes.find(Ids.parse(request.getParameter("programme"), "programme"));
    long programmeId = programme.getId();
    String csv =
        ExchangeCsvFile.of(
            programme.getName(),
            ExchangeExports.all((first, max) -> calendar.ofProgramme(programmeId, first, max)));
    response.setHeader("Cache-Control", "private, no-cache");
    send(
        response,
        "text/csv; charset=UTF-8",
        AttachmentDownload.disposition(ExchangeExports.fileName(programme.getName(), "csv")),
        csv.getBytes(StandardCharsets.UTF_8));
  }
}
