package io.shoreline.portal.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One failed sign-in of a subject (hashed account e-mail or client address). Immutable. */
@Entity
@Table(name = "login_failure")
@NamedQuery(
    name = LoginFailure.RECENT,
    query =
        "SELECT f.failedAt FROM LoginFailure f WHERE f.subject = :subject AND f.failedAt > :since"
            + " ORDER BY f.failedAt DESC")
@NamedQuery(
    name = LoginFailure.FORGET_SUBJECT,
    query = "DELETE FROM LoginFailure f WHERE f.subject = :subject")
@NamedQuery(
    name = LoginFailure.PURGE_BEFORE,
    query = "DELETE FROM LoginFailure f WHERE f.failedAt < :before")
public class LoginFailure {

  static final String RECENT = "LoginFailure.recent";
  static final String FORGET_SUBJECT = "LoginFailure.forgetSubject";
  static final String PURGE_BEFORE = "LoginFailure.purgeBefore";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String subject;

  @Column(name = "failed_at")
  private Instant failedAt;

  protected LoginFailure() {}

  LoginFailure(String subject, Instant failedAt) {
    this.subject = subject;
    this.failedAt = failedAt;
  }
}
