package io.shoreline.portal.bulletins;

/** What a person acknowledges: one version of a bulletin, training document or the matrix. */
public enum AckSubject {
  BULLETIN,
  TRAINING,
  AUTHORITY
}
