/**
 * Partnerships as an organization's admins manage them: inviting a partner, answering an
 * invitation, suspending, resuming and ending a workspace, and choosing which of their own people
 * are members of it.
 */
package io.shoreline.portal.web.partners;
