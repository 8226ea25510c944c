package io.shoreline.portal.tenancy.isolation;

/**
 * The EclipseLink context properties that carry the tenant. Workspace entities name {@link
 * #WORKSPACE} in their {@code @TenantDiscriminatorColumn}, organization-private entities {@link
 * #ORGANIZATION}. No default is configured anywhere: a query without a tenant fails.
 */
public final class TenantProperties {

  public static final String WORKSPACE = "portal.tenant.workspace";
  public static final String ORGANIZATION = "portal.tenant.organization";

  private TenantProperties() {}
}
