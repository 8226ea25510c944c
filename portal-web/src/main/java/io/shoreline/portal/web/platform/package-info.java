/**
 * Cross-cutting web plumbing: security headers, the viewer's language and time zone, date
 * formatting in that zone, the client address behind proxies, and the readiness check.
 */
package io.shoreline.portal.web.platform;
