/**
 * SCIM 2.0 at /scim/v2 (its own JAX-RS application, media type application/scim+json and RFC 7644
 * errors): an organization's identity provider provisions its people and groups with a SCIM token.
 */
package io.shoreline.portal.web.api.scim;
