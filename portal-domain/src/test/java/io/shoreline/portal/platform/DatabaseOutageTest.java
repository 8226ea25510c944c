package io.shoreline.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.SystemException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

  @Test
  void aConnectionFailureDeepInTheChainIsAnOutage() {
    SQLException driver = new SQLNonTransientConnectionException("Socket fail to connect", "08000");
    RuntimeException wrapped =
        new EJBException(new PersistenceException(DatabaseException.sqlException(driver)));

    assertThat(DatabaseOutage.causedBy(wrapped)).isTrue();
  }

  @Test
  void everyKindOfLostConnectionIsAnOutage() {
    assertThat(DatabaseOutage.causedBy(new SQLTransientConnectionException("pool timed out")))
        .isTrue();
    assertThat(DatabaseOutage.causedBy(new SQLRecoverableException("Communications link failure")))
        .isTrue();
    assertThat(DatabaseOutage.causedBy(new SQLException("Connection refused", "08S01"))).isTrue();
    assertThat(DatabaseOutage.causedBy(new RuntimeException(new ConnectException("refused"))))
        .isTrue();
  }

  @Test
  void thePoolFailingToOpenAConnectionIsAnOutageEvenWithoutTheDriversCause() {
    SQLException pool =
        new SQLException(
            "Error in allocating a connection. Cause: Connection could not be allocated because:"
                + " Socket fail to connect to host:address=(host=127.0.0.1)(port=3306)");

    assertThat(DatabaseOutage.causedBy(new PersistenceException(pool))).isTrue();
  }

  @Test
  void aCommitTheDatabaseDidNotAnswerIsAnOutage() {
    // what Payara throws when the connection drops during the commit: the driver's cause is lost
    XAException commit = new XAException("LocalTransactionException: Communications link failure");
    SystemException manager = new SystemException();
    manager.initCause(commit);

    assertThat(
            DatabaseOutage.causedBy(
                new EJBException("Unable to complete container-managed transaction.", manager)))
        .isTrue();
  }

  @Test
  void otherDatabaseErrorsAreNoOutage() {
    assertThat(DatabaseOutage.causedBy(new SQLSyntaxErrorException("bad SQL", "42000"))).isFalse();
    assertThat(
            DatabaseOutage.causedBy(
                new PersistenceException(
                    new SQLIntegrityConstraintViolationException("duplicate", "23000"))))
        .isFalse();
    assertThat(DatabaseOutage.causedBy(new IllegalStateException("a bug"))).isFalse();
    assertThat(DatabaseOutage.causedBy(null)).isFalse();
  }

  @Test
  void aChainThatLoopsStillEnds() {
    RuntimeException first = new RuntimeException("first");
    RuntimeException second = new RuntimeException("second", first);
    first.initCause(second);

    assertThat(DatabaseOutage.causedBy(first)).isFalse();
  }
}
