package io.shoreline.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutcomeTest {

  @Test
  void aTryAgainPageWithoutTraceIsAClearOutageAnswer() {
    Outcome page =
        Outcome.of(1, "thread page", 503, "<h1>Back in a moment</h1><p>Please try again in a few");
    Outcome json =
        Outcome.of(1, "post written", 503, "{\"message\":\"… Try again in a few seconds.\"}");

    assertThat(page.clearOutageAnswer()).isTrue();
    assertThat(json.clearOutageAnswer()).isTrue();
  }

  @Test
  void aStackTraceInAFailedAnswerIsSeen() {
    String trace =
        "jakarta.ejb.EJBException: oops\n\tat io.shoreline.portal.Foo.bar(Foo.java:12)\n";
    Outcome answer = Outcome.of(1, "thread page", 503, "Please try again " + trace);

    assertThat(answer.stackTrace()).isTrue();
    assertThat(answer.clearOutageAnswer()).isFalse();
    assertThat(Outcome.of(1, "x", 500, "java.sql.SQLException: Connection refused").stackTrace())
        .isTrue();
  }

  @Test
  void otherAnswersAreNoClearOutageAnswer() {
    assertThat(
            Outcome.of(1, "x", 500, "Something went wrong. Please try again.").clearOutageAnswer())
        .isFalse();
    assertThat(Outcome.of(1, "x", 200, "ok").succeeded()).isTrue();
    assertThat(Outcome.noAnswer(1, "x").succeeded()).isFalse();
    // a successful page is not searched for traces: posts may quote anything
    assertThat(Outcome.of(1, "x", 200, "java.lang.Exception: quoted").stackTrace()).isFalse();
  }
}
