package io.shoreline.portal.bulletins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoreline.portal.platform.RuleViolation;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BulletinDraftTest {

  private static final Instant FROM = Instant.parse("2026-12-02T08:00:00Z");
  private static final Instant UNTIL = Instant.parse("2026-12-07T08:00:00Z");

  @Test
  void stripsItsTextsAndAddressesEveryoneWithoutAnAudience() {
    BulletinDraft valid =
        new BulletinDraft(
                " Lyon closed ",
                " Click & collect only ",
                Urgency.CRITICAL,
                FROM,
                UNTIL,
                null,
                null)
            .validated();

    assertThat(valid.title()).isEqualTo("Lyon closed");
    assertThat(valid.markdown()).isEqualTo("Click & collect only");
    assertThat(valid.audience().isEveryone()).isTrue();
  }

  @Test
  void refusesWhatAPersonMustFix() {
    assertRefused(draft(" ", "body", FROM, UNTIL), "bulletins.titleRequired");
    assertRefused(draft("x".repeat(201), "body", FROM, UNTIL), "bulletins.titleTooLong");
    assertRefused(draft("<script>alert(1)</script>", "body", FROM, UNTIL), "bulletins.titleMarkup");
    assertRefused(draft("Title", "", FROM, UNTIL), "bulletins.bodyRequired");
    assertRefused(draft("Title", "x".repeat(1024 * 1024), FROM, UNTIL), "bulletins.bodyTooLong");
    assertRefused(draft("Title", "body", null, UNTIL), "bulletins.validityRequired");
    assertRefused(draft("Title", "body", UNTIL, FROM), "bulletins.validityOrder");
    assertRefused(draft("Title", "body", FROM, FROM), "bulletins.validityOrder");
    assertRefused(
        new BulletinDraft("Title", "body", null, FROM, UNTIL, null, null),
        "bulletins.urgencyRequired");
    assertRefused(
        new BulletinDraft(
            "Title",
            "body",
            Urgency.INFO,
            FROM,
            UNTIL,
            new Audience(Set.of(), Set.of("t".repeat(81))),
            null),
        "bulletins.teamTooLong");
  }

  private static BulletinDraft draft(String title, String body, Instant from, Instant until) {
    return new BulletinDraft(title, body, Urgency.INFO, from, until, null, null);
  }

  private static void assertRefused(BulletinDraft draft, String key) {
    assertThatThrownBy(draft::validated)
        .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.key()).isEqualTo(key));
  }
}
