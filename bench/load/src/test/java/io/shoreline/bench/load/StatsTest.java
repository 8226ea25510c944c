package io.shoreline.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

  @Test
  void theMedianOfAnOddCountIsTheMiddleValue() {
    assertThat(Stats.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertThat(Stats.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
  }

  @Test
  void transactionControlIsNotCountedAsAStatementOfThePage() {
    assertThat(StatementsPerPage.isTransactionControl("SET autocommit=0")).isTrue();
    assertThat(StatementsPerPage.isTransactionControl("COMMIT")).isTrue();
    assertThat(StatementsPerPage.isTransactionControl("SELECT COUNT(*) FROM post")).isFalse();
  }

  @Test
  void wrkScriptsQuoteWhatTheyCarry() {
    String lua = Wrk.lua(List.of(new Wrk.Request("/a?b=\"c\"", "Cookie", "JSESSIONID=x")));

    assertThat(lua).contains("{\"/a?b=\\\"c\\\"\", \"Cookie\", \"JSESSIONID=x\"}");
  }
}
