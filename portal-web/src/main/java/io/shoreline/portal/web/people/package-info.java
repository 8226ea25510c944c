/**
 * An organization's people: the admin's list of accounts (roles, disabling), invitations by e-mail,
 * and the public page where an invited person accepts and chooses a password.
 */
package io.shoreline.portal.web.people;
