/**
 * Cross-cutting web plumbing: security headers, the viewer's language and time zone, date
 * formatting in that zone, the client address behind proxies, the readiness check, and the base of
 * the members-only file downloads.
 */
package io.shoreline.portal.web.platform;
