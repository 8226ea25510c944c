/**
 * Structural tenant isolation: EclipseLink binds every query of a tenant entity to the workspace or
 * organization that the server established for the current request (docs/tenancy.md).
 */
package io.shoreline.portal.tenancy.isolation;
