/**
 * Agent-exchange programmes: an agent of one side spends some days at a host site of the other
 * side, optionally swapped with an agent going the other way. Before a proposal is accepted its
 * stays are checked for conflicts (double booking, programme period, blackouts, site capacity).
 */
package io.shoreline.portal.exchanges;
