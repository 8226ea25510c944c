/**
 * The audit trail: an append-only record of what changed in a workspace, who did it and when,
 * visible to both sides of that workspace and to nobody else.
 */
package io.shoreline.portal.audit;
