/**
 * Cross-cutting plumbing of the domain: the data source (embedded H2 or MySQL), schema migration on
 * start, the database reachability check and the clock.
 */
package io.shoreline.portal.platform;
