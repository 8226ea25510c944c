/**
 * Two-factor sign-in pages: a person's own security page (set up an authenticator app, recovery
 * codes, turn it off) and the organization's policy and resets, for its admins.
 */
package io.shoreline.portal.web.twofactor;
