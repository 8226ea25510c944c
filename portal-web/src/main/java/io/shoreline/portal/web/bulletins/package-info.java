/**
 * Pages of bulletins, the training library and the authority matrix: what one side tells the
 * other's people, and what those people acknowledge.
 */
package io.shoreline.portal.web.bulletins;
