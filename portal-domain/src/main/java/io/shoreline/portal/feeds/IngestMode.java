package io.shoreline.portal.feeds;

/** What a submission does to the rows already there. */
public enum IngestMode {
  /** Adds new keys and changes existing ones; other rows stay. */
  MERGE,
  /** Replaces the whole set: current keys missing from the submission are removed. */
  SNAPSHOT
}
