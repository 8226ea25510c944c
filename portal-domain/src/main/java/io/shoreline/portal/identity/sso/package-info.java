/**
 * Single sign-on: an organization's own OpenID Connect provider signs in its people (and only
 * them); the e-mail typed at sign-in decides who goes there.
 */
package io.shoreline.portal.identity.sso;
