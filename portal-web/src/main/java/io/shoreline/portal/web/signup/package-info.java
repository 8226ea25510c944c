/**
 * Self-service sign-up: a client or vendor company creates its organization and its first admin,
 * who is signed in straight away.
 */
package io.shoreline.portal.web.signup;
