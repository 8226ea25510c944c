/**
 * The agent roster page: the organization's agents at its sites, a page at a time from the
 * database, kept up to date by its admins and managers.
 */
package io.shoreline.portal.web.roster;
