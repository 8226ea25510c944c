/** Single sign-on: an organization admin's provider settings, and the sign-in that goes there. */
package io.shoreline.portal.web.sso;
