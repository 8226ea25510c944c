/**
 * API tokens: machine credentials for one workspace and one side of it, with read/write scopes per
 * feed; made and revoked by that side's coordinators, shown once, stored as a SHA-256 hash.
 */
package io.shoreline.portal.apitokens;
