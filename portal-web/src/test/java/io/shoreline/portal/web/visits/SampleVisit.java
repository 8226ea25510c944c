package io.shoreline.portal.web.visits;

import io.shoreline.portal.tenancy.OrganizationKind;
import io.shoreline.portal.visits.ActionItem;
import io.shoreline.portal.visits.ActionRow;
import io.shoreline.portal.visits.ActionStatus;
import io.shoreline.portal.visits.AgendaItem;
import io.shoreline.portal.visits.AreaRating;
import io.shoreline.portal.visits.Finding;
import io.shoreline.portal.visits.Participant;
import io.shoreline.portal.visits.ParticipantRole;
import io.shoreline.portal.visits.PhotoInfo;
import io.shoreline.portal.visits.Severity;
import io.shoreline.portal.visits.SignOff;
import io.shoreline.portal.visits.SiteVisit;
import io.shoreline.portal.visits.VisitAmendment;
import io.shoreline.portal.visits.VisitArea;
import io.shoreline.portal.visits.VisitReport;
import io.shoreline.portal.visits.VisitStatus;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A visit's report as the domain reads it, made without a database: the entities' fields are set
 * the way JPA sets them when it loads a row.
 */
final class SampleVisit {

  static final long VISIT = 345;
  static final Instant START = Instant.parse("2026-12-03T08:30:00Z");

  private SampleVisit() {}

  static SiteVisit visit(VisitStatus status) {
    return entity(
        SiteVisit.class,
        Map.of(
            "id",
            VISIT,
            "siteName",
            "Lisbon Centre",
            "siteCity",
            "Lisbon",
            "siteTimeZone",
            "Europe/Lisbon",
            "startsAt",
            START,
            "endsAt",
            START.plusSeconds(6 * 3600),
            "purpose",
            "Quarterly quality review",
            "notes",
            "Team leads were open about staffing.",
            "status",
            status,
            "version",
            4L));
  }

  static List<AgendaItem> agenda() {
    return List.of(
        entity(
            AgendaItem.class,
            Map.of("id", 1L, "visitId", VISIT, "position", 1, "text", "Floor walk")),
        entity(
            AgendaItem.class,
            Map.of("id", 2L, "visitId", VISIT, "position", 2, "text", "Call listening")));
  }

  static VisitReport report(VisitStatus status) {
    Finding finding =
        entity(
            Finding.class,
            Map.of(
                "id",
                11L,
                "visitId",
                VISIT,
                "area",
                VisitArea.QUALITY,
                "severity",
                Severity.HIGH,
                "text",
                "Agents skip the <b>identity check</b> on callbacks",
                "recordedBy",
                1L));
    Map<VisitArea, AreaRating> ratings = new EnumMap<>(VisitArea.class);
    ratings.put(
        VisitArea.QUALITY, entity(AreaRating.class, Map.of("area", VisitArea.QUALITY, "score", 2)));
    ratings.put(
        VisitArea.CULTURE, entity(AreaRating.class, Map.of("area", VisitArea.CULTURE, "score", 5)));
    ActionItem action =
        entity(
            ActionItem.class,
            Map.of(
                "id",
                21L,
                "visitId",
                VISIT,
                "title",
                "Retrain callback team",
                "ownerId",
                2L,
                "dueOn",
                LocalDate.of(2027, 1, 15),
                "status",
                ActionStatus.IN_PROGRESS));
    List<SignOff> signOffs =
        status == VisitStatus.SIGNED_OFF
            ? List.of(
                signOff(0, OrganizationKind.CLIENT, "Clara Client"),
                signOff(0, OrganizationKind.VENDOR, "Victor Vendor"),
                signOff(1, OrganizationKind.CLIENT, "Clara Client"))
            : List.of();
    List<VisitAmendment> amendments =
        status == VisitStatus.SIGNED_OFF
            ? List.of(
                entity(
                    VisitAmendment.class,
                    Map.of(
                        "id",
                        31L,
                        "visitId",
                        VISIT,
                        "number",
                        1,
                        "text",
                        "The floor walk covered two floors, not one.",
                        "writtenBy",
                        1L,
                        "writtenAt",
                        START.plusSeconds(86400))))
            : List.of();
    return new VisitReport(
        visit(status),
        List.of(
            new Participant(1, "Clara Client", ParticipantRole.VISITOR),
            new Participant(2, "Victor Vendor", ParticipantRole.HOST)),
        agenda(),
        List.of(finding),
        List.of(
            new PhotoInfo(41, 11, "desk.png", "image/png", 100),
            new PhotoInfo(42, 11, "broken.png", "image/png", 5)),
        ratings,
        List.of(new ActionRow(action, "Victor Vendor")),
        signOffs,
        amendments,
        Map.of(1L, "Clara Client", 2L, "Victor Vendor"));
  }

  /** A small real PNG. */
  static byte[] png() {
    BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    var graphics = image.createGraphics();
    graphics.setColor(Color.ORANGE);
    graphics.fillRect(0, 0, 64, 48);
    graphics.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static SignOff signOff(int amendment, OrganizationKind side, String name) {
    return entity(
        SignOff.class,
        Map.of(
            "visitId", VISIT,
            "amendment", amendment,
            "side", side,
            "signerName", name,
            "signedAt", START.plusSeconds(2 * 86400)));
  }

  static <T> T entity(Class<T> type, Map<String, Object> fields) {
    try {
      var constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      T entity = constructor.newInstance();
      for (var field : fields.entrySet()) {
        Field declared = type.getDeclaredField(field.getKey());
        declared.setAccessible(true);
        declared.set(entity, field.getValue());
      }
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
