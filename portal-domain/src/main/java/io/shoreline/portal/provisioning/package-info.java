/**
 * SCIM 2.0 provisioning (RFC 7643/7644): an organization's identity provider creates, changes and
 * deactivates its people's accounts and groups with a SCIM token of that organization, and groups
 * may grant a portal role. A token sees its own organization only.
 */
package io.shoreline.portal.provisioning;
