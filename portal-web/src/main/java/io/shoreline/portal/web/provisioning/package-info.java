/**
 * The organization admin's provisioning page (app/org/provisioning.xhtml): the SCIM endpoint, its
 * tokens, and the portal role each provisioned group grants.
 */
package io.shoreline.portal.web.provisioning;
