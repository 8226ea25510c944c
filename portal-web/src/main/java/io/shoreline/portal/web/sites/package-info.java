/**
 * Sites pages: the organization's own contact centres and offices, private to it, listed for its
 * people and kept up to date by its admins and managers.
 */
package io.shoreline.portal.web.sites;
