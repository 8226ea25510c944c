package io.shoreline.portal.testing;

import java.io.File;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Filter;
import org.jboss.shrinkwrap.api.GenericArchive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.jboss.shrinkwrap.resolver.api.maven.strategy.RejectDependenciesStrategy;

/**
 * The one deployment of the integration suite, shared by all its test classes (see {@link
 * SharedDeploymentExtension}): the whole portal (every page's shell links to every feature), the
 * resources and views of both modules, the third-party libraries the WAR ships, and what the tests
 * that run inside the server use: their classes, the test helpers and corpora, AssertJ, GreenMail
 * and jsoup. Deployed as ROOT.war, so the portal is at "/".
 */
public final class Deployments {

  /** Main code and the tests' server-side fixtures; test classes and helpers come in by name. */
  private static final Filter<ArchivePath> MAIN_CODE =
      path ->
          !path.get().matches(".*(Test|IT)(\\$.*)?\\.class")
              && !path.get().contains("/portal/testing/");

  private static final Pattern TEST_CLASS = Pattern.compile("/(.*IT)(\\$.*)?\\.class");

  /** The test classes that run inside the server: those not marked {@code @RunAsClient}. */
  private static final Filter<ArchivePath> IN_SERVER_TESTS =
      path -> {
        Matcher test = TEST_CLASS.matcher(path.get());
        return test.matches() && !runsAsClient(test.group(1).replace('/', '.'));
      };

  private Deployments() {}

  public static WebArchive shared() {
    WebArchive war = ShrinkWrap.create(WebArchive.class, "ROOT.war");
    war.addPackages(
        true,
        path -> MAIN_CODE.include(path) || IN_SERVER_TESTS.include(path),
        "io.shoreline.portal");
    war.addClasses(
        TenantSqlGuard.class,
        Fixtures.class,
        WebClient.class,
        ApiClient.class,
        FormFields.class,
        ClientsAndVendor.class,
        Pages.class,
        DemoLogins.class,
        SqlCapture.class,
        DatabaseFingerprint.class,
        Routes.class,
        Mailbox.class,
        PdfText.class,
        AtOnce.class,
        XssPayloads.class,
        ActiveMarkup.class,
        HostileTexts.class,
        LazyTables.class,
        LazyLists.class,
        LazyLists.Side.class);
    war.merge(directory("../portal-domain/src/main/resources"), "/WEB-INF/classes");
    war.merge(directory("src/main/resources"), "/WEB-INF/classes");
    war.merge(directory("src/main/webapp"), "/");
    war.merge(directory("src/test/resources/corpora"), "/WEB-INF/classes/corpora");
    return war.addAsLibraries(shippedLibraries())
        .addAsLibraries(testLibrary("org.assertj:assertj-core"))
        .addAsLibraries(testLibrary("com.icegreen:greenmail"))
        .addAsLibraries(testLibrary("org.jsoup:jsoup"));
  }

  private static boolean runsAsClient(String className) {
    try {
      return Class.forName(className).isAnnotationPresent(RunAsClient.class);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static File[] testLibrary(String coordinates) {
    return Maven.configureResolver()
        .workOffline()
        .loadPomFromFile("pom.xml")
        .resolve(coordinates)
        .withoutTransitivity()
        .asFile();
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
