/**
 * Identity: people's accounts, how their passwords are kept (PBKDF2) and how repeated failed
 * sign-ins are throttled per account and per client address.
 */
package io.shoreline.portal.identity;
