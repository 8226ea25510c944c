/**
 * Balanced scorecard: contractual KPIs with versioned targets and amber/red thresholds, judged per
 * week, month or quarter from feeds, visits, feedback, incidents and bulletin acknowledgements.
 */
package io.shoreline.portal.scorecards;
