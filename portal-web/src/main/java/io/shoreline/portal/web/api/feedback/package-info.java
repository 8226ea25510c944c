/**
 * The customer feedback API: a vendor's systems record feedback items (one, or a batch stored all
 * or none) and read them back, with an API token that has the feedback scope.
 */
package io.shoreline.portal.web.api.feedback;
