/**
 * The incident pages: the workspace's incidents and the form that reports one, an incident's facts,
 * timeline, root cause, corrective actions and closure by both sides, and the workspace home's card
 * of incidents not closed yet.
 */
package io.shoreline.portal.web.incidents;
