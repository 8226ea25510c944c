package io.shoreline.portal.visits;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.tenancy.OrganizationKind;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report's helpers that pages and the PDF use to group what one read returned. */
class VisitReportTest {

  private static final Instant AT = Instant.parse("2026-06-10T08:00:00Z");

  private final Finding noisy = finding(11, "Floor is noisy");
  private final Finding stale = finding(12, "Scripts are out of date");
  private final Finding bare = finding(13, "No photo of this");

  private final VisitReport report =
      new VisitReport(
          null,
          List.of(
              new Participant(1, "Alice", ParticipantRole.VISITOR),
              new Participant(5, "Victor", ParticipantRole.HOST),
              new Participant(2, "Anna", ParticipantRole.VISITOR),
              new Participant(6, "Vera", ParticipantRole.HOST)),
          List.of(),
          List.of(noisy, stale, bare),
          List.of(
              new PhotoInfo(101, 11, "floor.png", "image/png", 10),
              new PhotoInfo(102, 12, "script.jpg", "image/jpeg", 20),
              new PhotoInfo(103, 11, "floor2.png", "image/png", 30)),
          Map.of(),
          List.of(),
          List.of(
              new SignOff(4, 0, OrganizationKind.CLIENT, 1, "Alice", AT),
              new SignOff(4, 0, OrganizationKind.VENDOR, 5, "Victor", AT.plusSeconds(5)),
              new SignOff(4, 1, OrganizationKind.VENDOR, 5, "Victor", AT.plusSeconds(9))),
          List.of(),
          Map.of(1L, "Alice", 5L, "Victor"));

  @Test
  void visitorsAndHostsKeepTheirOrder() {
    assertThat(report.visitors()).extracting(Participant::name).containsExactly("Alice", "Anna");
    assertThat(report.hosts()).extracting(Participant::name).containsExactly("Victor", "Vera");
  }

  @Test
  void eachFindingGetsItsOwnPhotos() {
    assertThat(report.photosOf(noisy)).extracting(PhotoInfo::id).containsExactly(101L, 103L);
    assertThat(report.photosOf(stale)).extracting(PhotoInfo::id).containsExactly(102L);
    assertThat(report.photosOf(bare)).isEmpty();
  }

  @Test
  void signaturesOfTheReportAndOfEachAmendment() {
    assertThat(report.signOffsOf(0))
        .extracting(SignOff::getSide)
        .containsExactly(OrganizationKind.CLIENT, OrganizationKind.VENDOR);
    assertThat(report.signOffsOf(1)).extracting(SignOff::getSignerName).containsExactly("Victor");
    assertThat(report.signOffsOf(2)).isEmpty();
  }

  @Test
  void namesOfPeopleNoLongerKnownAreTheirNumber() {
    assertThat(report.nameOf(1)).isEqualTo("Alice");
    assertThat(report.nameOf(42)).isEqualTo("#42");
  }

  @Test
  void findingIdsAboveTheBoxCacheStillMatchTheirPhotos() {
    // ids beyond 127 are distinct Long objects: the match must compare values
    Finding big = finding(100_000, "Big id");
    VisitReport large =
        new VisitReport(
            null,
            List.of(),
            List.of(),
            List.of(big),
            List.of(new PhotoInfo(1, 100_000, "x.png", "image/png", 1)),
            Map.of(),
            List.of(),
            List.of(),
            List.of(),
            Map.of());
    assertThat(large.photosOf(big)).hasSize(1);
  }

  private static Finding finding(long id, String text) {
    Finding finding =
        new Finding(4, new FindingDetails(VisitArea.QUALITY, Severity.LOW, text), 1, AT);
    try {
      Field field = Finding.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(finding, id);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return finding;
  }
}
