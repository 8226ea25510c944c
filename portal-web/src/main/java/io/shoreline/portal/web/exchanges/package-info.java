/**
 * Agent exchanges on the web: the accepted stays of a programme as a calendar feed (iCal, the whole
 * programme or one agent's) and as a CSV export.
 */
package io.shoreline.portal.web.exchanges;
