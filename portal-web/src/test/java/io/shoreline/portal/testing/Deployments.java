package io.shoreline.portal.testing;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Filter;
import org.jboss.shrinkwrap.api.GenericArchive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.jboss.shrinkwrap.resolver.api.maven.strategy.RejectDependenciesStrategy;

/**
 * The one builder of Arquillian deployments: the platform, tenancy and identity packages every page
 * needs, the feature packages a test names (domain, web and API), the resources and views of both
 * modules, and the third-party libraries the WAR ships. Deployed as ROOT.war, so the portal is at
 * "/".
 */
public final class Deployments {

  private static final String[] BASE = {"platform", "tenancy", "identity", "audit"};
  private static final Filter<ArchivePath> MAIN_CODE =
      path ->
          !path.get().matches(".*(Test|IT)(\\$.*)?\\.class")
              && !path.get().contains("/portal/testing/");

  private Deployments() {}

  /**
   * For black-box tests (browser, HTTP): deploy with {@code @Deployment(testable = false)}. No
   * features named: the whole portal, as every page's shell links to every feature.
   */
  public static WebArchive portal(String... features) {
    WebArchive war = ShrinkWrap.create(WebArchive.class, "ROOT.war");
    war.addClasses(TenantSqlGuard.class);
    if (features.length == 0) {
      war.addPackages(true, MAIN_CODE, "io.shoreline.portal");
    } else {
      war.addPackages(false, MAIN_CODE, "io.shoreline.portal.web.api");
    }
    for (String feature : features.length == 0 ? List.<String>of() : features(features)) {
      war.addPackages(
          true,
          MAIN_CODE,
          "io.shoreline.portal." + feature,
          "io.shoreline.portal.web." + feature,
          "io.shoreline.portal.web.api." + feature);
    }
    war.merge(directory("../portal-domain/src/main/resources"), "/WEB-INF/classes");
    war.merge(directory("src/main/resources"), "/WEB-INF/classes");
    war.merge(directory("src/main/webapp"), "/");
    return war.addAsLibraries(shippedLibraries());
  }

  /**
   * For tests that run inside the server: adds what the test classes themselves use, including the
   * HTTP client, so a test can act through the portal's pages and check the database.
   */
  public static WebArchive portalWithTestLibraries(String... features) {
    return portal(features)
        .addClasses(
            WebClient.class,
            ApiClient.class,
            FormFields.class,
            ClientsAndVendor.class,
            Pages.class,
            DemoLogins.class,
            SqlCapture.class,
            DatabaseFingerprint.class,
            Routes.class)
        .addAsLibraries(
            Maven.configureResolver()
                .workOffline()
                .loadPomFromFile("pom.xml")
                .resolve("org.assertj:assertj-core")
                .withoutTransitivity()
                .asFile());
  }

  /** Adds {@link Mailbox} and GreenMail, for an in-container test that reads the portal's mail. */
  public static WebArchive withMailbox(WebArchive war) {
    return war.addClass(Mailbox.class)
        .addAsLibraries(
            Maven.configureResolver()
                .workOffline()
                .loadPomFromFile("pom.xml")
                .resolve("com.icegreen:greenmail")
                .withoutTransitivity()
                .asFile());
  }

  private static List<String> features(String... extra) {
    List<String> all = new ArrayList<>(List.of(BASE));
    all.addAll(List.of(extra));
    return all;
  }

  private static GenericArchive directory(String path) {
    return ShrinkWrap.create(GenericArchive.class)
        .as(ExplodedImporter.class)
        .importDirectory(new File(path))
        .as(GenericArchive.class);
  }

  /** The WAR's runtime libraries, as Maven resolves them; our own module comes in as packages. */
  private static File[] shippedLibraries() {
    return Maven.configureResolver()
        .workOffline()
        .loadPomFromFile("pom.xml")
        .importCompileAndRuntimeDependencies()
        .resolve()
        .using(new RejectDependenciesStrategy(false, "io.shoreline:portal-domain"))
        .asFile();
  }
}
