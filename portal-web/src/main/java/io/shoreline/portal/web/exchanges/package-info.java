/**
 * The pages of agent-exchange programmes: programmes with their host sites, blackout days and
 * calendar; proposals and their answers; the CSV and iCal exports.
 */
package io.shoreline.portal.web.exchanges;
