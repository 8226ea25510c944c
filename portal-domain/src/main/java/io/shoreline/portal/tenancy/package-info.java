/**
 * Tenancy: the organizations (client and vendor companies) that use the portal. Partnership
 * workspaces and memberships join them here as the product grows.
 */
package io.shoreline.portal.tenancy;
