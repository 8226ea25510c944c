package io.shoreline.portal.identity;

import io.shoreline.portal.platform.TimeSource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Throttles sign-in attempts per account e-mail and per client address. Failures are kept in the
 * database so the limits hold across every node of a cluster.
 */
@Stateless
public class LoginThrottle {

  private static final Duration WINDOW = Duration.ofMinutes(15);

  @PersistenceContext EntityManager em;
  @Inject TimeSource time;

  @Inject
  @ConfigProperty(name = "portal.login.account-limit", defaultValue = "5")
  int accountLimit;

  @Inject
  @ConfigProperty(name = "portal.login.address-limit", defaultValue = "30")
  int addressLimit;

  /** How long sign-in stays locked for this e-mail or address; empty when it is open. */
  public Optional<Duration> lockRemaining(String email, String clientAddress) {
    Instant now = time.now();
    return Stream.of(
            lockedUntil(accountSubject(email), new ThrottlePolicy(accountLimit, WINDOW), now),
            lockedUntil(
                addressSubject(clientAddress), new ThrottlePolicy(addressLimit, WINDOW), now))
        .flatMap(Optional::stream)
        .max(Instant::compareTo)
        .map(until -> Duration.between(now, until));
  }

  public void recordFailure(String email, String clientAddress) {
    Instant now = time.now();
    em.persist(new LoginFailure(accountSubject(email), now));
    em.persist(new LoginFailure(addressSubject(clientAddress), now));
  }

  /** After a successful sign-in the account starts afresh; the address keeps its record. */
  public void recordSuccess(String email) {
    em.createNamedQuery(LoginFailure.FORGET_SUBJECT)
        .setParameter("subject", accountSubject(email))
        .executeUpdate();
  }

  @Schedule(hour = "*", minute = "17", persistent = false)
  void purgeExpired() {
    em.createNamedQuery(LoginFailure.PURGE_BEFORE)
        .setParameter("before", time.now().minus(WINDOW))
        .executeUpdate();
  }

  private Optional<Instant> lockedUntil(String subject, ThrottlePolicy policy, Instant now) {
    List<Instant> failures =
        em.createNamedQuery(LoginFailure.RECENT, Instant.class)
            .setParameter("subject", subject)
            .setParameter("since", policy.windowStart(now))
            .setMaxResults(policy.limit())
            .getResultList();
    return policy.lockedUntil(failures, now);
  }

  static String accountSubject(String email) {
    return sha256("account:" + Emails.normalize(email));
  }

  static String addressSubject(String clientAddress) {
    return sha256("address:" + clientAddress);
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
