/**
 * Private notes an organization keeps about one of its partnerships: seen by its own people in that
 * workspace, never by the partner.
 */
package io.shoreline.portal.notes;
