/**
 * Sites: an organization's own contact centres or offices (city, time zone, seats). Private to the
 * organization; the partner never sees them.
 */
package io.shoreline.portal.sites;
