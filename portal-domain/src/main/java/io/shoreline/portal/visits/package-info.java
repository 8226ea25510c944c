/**
 * Site-visit logs: the client visits one of the vendor's sites, both sides record what came of it
 * (agenda, findings with photos, ratings, action items for either side), and one coordinator of
 * each side signs the report off, after which it never changes; corrections are amendments.
 */
package io.shoreline.portal.visits;
