/**
 * Signing in and out of the portal: the form, the identity store over the accounts table,
 * throttling of failed attempts and the signed-in person's session view.
 */
package io.shoreline.portal.web.identity;
