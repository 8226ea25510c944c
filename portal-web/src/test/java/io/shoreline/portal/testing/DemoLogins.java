package io.shoreline.portal.testing;

/** Logins the demo data creates on an empty database (see DemoData and README.md). */
public final class DemoLogins {

  public static final String PASSWORD = "Shoreline-demo-1";
  public static final String NORTHWIND_ADMIN = "claire.dubois@northwind.example";
  public static final String CONTOSO_ADMIN = "james.clarke@contoso.example";
  public static final String ATLAS_ADMIN = "amina.haddad@atlas.example";

  /** The demo's workspace of Northwind (client) with Atlas (vendor). */
  public static final String NORTHWIND_ATLAS = "Northwind Retail – Atlas Contact Centres";

  private DemoLogins() {}
}
