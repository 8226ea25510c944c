/**
 * The agent roster: an organization's people at its sites, with languages and skills, whether or
 * not they have an account. Private to the organization; exchanges and bulletins draw on it.
 */
package io.shoreline.portal.roster;
