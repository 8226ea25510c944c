package io.shoreline.portal.web.exchanges;

import io.shoreline.portal.exchanges.ExchangeCalendar;
import io.shoreline.portal.exchanges.ExchangeProgramme;
import io.shoreline.portal.exchanges.ExchangeStay;
import io.shoreline.portal.exchanges.Programmes;
import io.shoreline.portal.tenancy.Membership;
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
import java.util.List;

/**
 * GET /app/exchange-ics?w=ID&programme=ID[&agent=ID&org=ID]: the programme's accepted stays as an
 * .ics file, or only those of one agent (of organization org) when agent and org are given.
 */
@WebServlet("/app/exchange-ics")
public class ExchangeCalendarDownload extends WorkspaceFileServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Programmes programmes;
  @Inject transient ExchangeCalendar calendar;

  @Override
  protected void serve(Membership member, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ExchangeProgramme programme =
        programmes.find(Ids.parse(request.getParameter("programme"), "programme"));
    boolean oneAgent = request.getParameter("agent") != null || request.getParameter("org") != null;
    List<ExchangeStay> stays =
        oneAgent ? agentStays(programme.getId(), request) : programmeStays(programme.getId());
    String ics =
        ExchangeCalendarFile.of(
            member.getPartnership().getId(),
            programme.getName(),
            stays,
            Viewers.locale(member.getAccount()));
    response.setHeader("Cache-Control", "private, no-cache");
    send(
        response,
        "text/calendar; charset=UTF-8",
        AttachmentDownload.disposition(ExchangeExports.fileName(programme.getName(), "ics")),
        ics.getBytes(StandardCharsets.UTF_8));
  }

  private List<ExchangeStay> programmeStays(long programmeId) {
    return ExchangeExports.all((first, max) -> calendar.ofProgramme(programmeId, first, max));
  }

  /** The agent's stays in this workspace, of this programme only; both ids or none (404). */
  private List<ExchangeStay> agentStays(long programmeId, HttpServletRequest request) {
    long agentId = Ids.parse(request.getParameter("agent"), "agent");
    long organizationId = Ids.parse(request.getParameter("org"), "organization");
    return ExchangeExports.all(
            (first, max) -> calendar.ofAgent(organizationId, agentId, first, max))
        .stream()
        .filter(stay -> stay.getProgrammeId() == programmeId)
        .toList();
  }
}
