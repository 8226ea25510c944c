/**
 * The audit trails: append-only records of what changed, who did it and when. A workspace's trail
 * is seen by both sides of it, an organization's only by that organization. Entities implement
 * {@link io.shoreline.portal.audit.Auditable}, boundaries carry {@link
 * io.shoreline.portal.audit.Audited}; nothing is recorded by hand.
 */
package io.shoreline.portal.audit;
