/** Audit trail pages: the organization's own trail and a workspace's full activity. */
package io.shoreline.portal.web.audit;
