/**
 * The balanced scorecard's pages: the KPIs both sides agree on and their terms, the scorecard of a
 * week, month or quarter with where each figure comes from, and its CSV and PDF exports.
 */
package io.shoreline.portal.web.scorecards;
