/**
 * The authority matrix: the decisions the vendor's agents may take for the client and their limits.
 * Owned by the client; every version kept with its date range, each acknowledged anew.
 */
package io.shoreline.portal.bulletins.authority;
