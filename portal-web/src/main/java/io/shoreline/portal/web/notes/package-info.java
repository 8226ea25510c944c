/**
 * Private notes on the workspace page: what an organization keeps about a partnership for its own
 * people only; the partner's people in the same workspace never see them.
 */
package io.shoreline.portal.web.notes;
