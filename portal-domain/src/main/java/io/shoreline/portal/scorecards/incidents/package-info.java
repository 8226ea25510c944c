/**
 * Incidents either side reports (a telephony outage, a tool failure, a data error): their timeline,
 * root cause and corrective actions, resolved when service is restored and closed once both sides
 * agree. The scorecard counts them and measures how long they took to resolve.
 */
package io.shoreline.portal.scorecards.incidents;
