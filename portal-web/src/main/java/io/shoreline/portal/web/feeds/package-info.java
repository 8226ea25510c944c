/**
 * The pages of a workspace's data feeds: the list, a feed's definition, its rows, versions, upload
 * with validation report and diff, and its CSV export.
 */
package io.shoreline.portal.web.feeds;
