/**
 * Two-factor sign-in with an authenticator app (TOTP, RFC 6238): enrolment confirmed by a first
 * code, codes that are never accepted twice, recovery codes shown once, and each organization's
 * policy of who must use it.
 */
package io.shoreline.portal.twofactor;
