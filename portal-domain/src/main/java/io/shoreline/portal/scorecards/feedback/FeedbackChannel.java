package io.shoreline.portal.scorecards.feedback;

/** Where the customer said it. */
public enum FeedbackChannel {
  PHONE,
  EMAIL,
  CHAT,
  SOCIAL,
  SURVEY,
  OTHER
}
