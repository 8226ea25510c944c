package io.shoreline.portal.scorecards.feedback;

/** An item of a batch as stored: new now, or stored by an earlier call with the same key. */
public record Recorded(FeedbackItem item, boolean replayed) {}
