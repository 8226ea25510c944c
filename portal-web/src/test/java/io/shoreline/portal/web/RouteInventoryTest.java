package io.shoreline.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.testing.Routes;
import io.shoreline.portal.web.api.scim.ScimMount;
import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Finds every view, REST endpoint and servlet in the code and checks that each is in {@link
 * Routes}, where the adversarial tests pick up the ones that expose tenant data.
 */
class RouteInventoryTest {

  private static final java.nio.file.Path WEBAPP = java.nio.file.Path.of("src/main/webapp");
  private static final java.nio.file.Path CLASSES = java.nio.file.Path.of("target/classes");

  @Test
  void everyRouteInTheCodeIsCatalogued() throws Exception {
    Set<String> inCode = new HashSet<>(views());
    inCode.addAll(endpoints());
    inCode.addAll(servlets());

    Set<String> catalogued =
        Routes.ALL.stream().map(Routes.Route::target).collect(Collectors.toSet());
    assertThat(inCode)
        .as("views and endpoints, each to be listed in io.shoreline.portal.testing.Routes")
        .containsExactlyInAnyOrderElementsOf(catalogued);
  }

  @Test
  void everyFormActionInTheViewsIsCatalogued() throws Exception {
    Set<String> catalogued =
        Routes.ACTIONS.stream().map(Routes.Action::method).collect(Collectors.toSet());

    assertThat(actions())
        .as("EL methods that views' buttons invoke, each to be listed in Routes.ACTIONS")
        .containsExactlyInAnyOrderElementsOf(catalogued);
  }

  @Test
  void everyProbedActionSaysWhatToForge() {
    for (Routes.Action action : Routes.ACTIONS) {
      if (action.isProbed()) {
        assertThat(action.forged()).as(action.method()).isNotEmpty();
        assertThat(action.button()).as(action.method()).isNotBlank();
      } else {
        assertThat(action.notProbedBecause()).as(action.method()).isNotBlank();
      }
    }
  }

  @Test
  void theInventoryFindsViewsAndEndpoints() throws Exception {
    assertThat(views()).contains("/login.xhtml", "/app/workspace.xhtml");
    assertThat(endpoints()).contains("GET /api/v1/me");
  }

  /** Every Facelets view a browser can request (templates under WEB-INF are not views). */
  private static List<String> views() throws IOException {
    try (Stream<java.nio.file.Path> files = Files.walk(WEBAPP)) {
      return files
          .map(file -> "/" + WEBAPP.relativize(file).toString().replace('\\', '/'))
          .filter(path -> path.endsWith(".xhtml") && !path.startsWith("/WEB-INF/"))
          .toList();
    }
  }

  /**
   * "#{bean.method}" of every action, action listener, ajax listener and autocomplete a view's
   * components invoke (view actions, view events and plain HTML forms (a GET search) are left out).
   */
  private static Set<String> actions() throws IOException {
    Pattern invocation =
        Pattern.compile(
            "<(?!f:viewAction|f:event|form\\b)[\\w:]+[^>]*?\\b(?:action|actionListener|listener|completeMethod)"
                + "=\"#\\{([\\w.]+)");
    Set<String> methods = new HashSet<>();
    try (Stream<java.nio.file.Path> files = Files.walk(WEBAPP)) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
        Matcher matcher = invocation.matcher(Files.readString(file));
        while (matcher.find()) {
          methods.add("#{" + matcher.group(1) + "}");
        }
      }
    }
    return methods;
  }

  /**
   * "METHOD /path" of every JAX-RS resource method under its application's path: SCIM's package
   * under its own servlet's path, the rest under the API's application path.
   */
  private static List<String> endpoints() throws Exception {
    List<Class<?>> classes = webClasses();
    String root =
        classes.stream()
            .map(type -> type.getAnnotation(ApplicationPath.class))
            .filter(annotation -> annotation != null)
            .map(annotation -> "/" + trim(annotation.value()))
            .findFirst()
            .orElseThrow();
    return classes.stream()
        .filter(type -> type.isAnnotationPresent(Path.class))
        .flatMap(
            type ->
                Arrays.stream(type.getMethods())
                    .flatMap(
                        m ->
                            endpoint(
                                type.getPackage() == ScimMount.class.getPackage()
                                    ? "/" + ScimMount.PATH
                                    : root,
                                type,
                                m)))
        .toList();
  }

  /** The paths of the portal's own servlets (downloads), as GET routes. */
  private static List<String> servlets() throws Exception {
    return webClasses().stream()
        .map(type -> type.getAnnotation(WebServlet.class))
        .filter(annotation -> annotation != null)
        .flatMap(annotation -> Arrays.stream(annotation.value()))
        .map(path -> "GET " + path)
        .toList();
  }

  private static Stream<String> endpoint(String root, Class<?> type, Method method) {
    Optional<String> verb =
        Arrays.stream(method.getAnnotations())
            .map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
            .filter(httpMethod -> httpMethod != null)
            .map(HttpMethod::value)
            .findFirst();
    if (verb.isEmpty()) {
      return Stream.empty();
    }
    String path = root;
    for (String part :
        List.of(
            trim(type.getAnnotation(Path.class).value()),
            method.isAnnotationPresent(Path.class)
                ? trim(method.getAnnotation(Path.class).value())
                : "")) {
      path += part.isEmpty() ? "" : "/" + part;
    }
    return Stream.of(verb.get() + " " + path);
  }

  private static List<Class<?>> webClasses() throws IOException {
    try (Stream<java.nio.file.Path> files = Files.walk(CLASSES)) {
      return files
          .map(file -> CLASSES.relativize(file).toString().replace('\\', '/'))
          .filter(name -> name.endsWith(".class") && !name.contains("$"))
          .filter(name -> name.startsWith("io/shoreline/portal/web/"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .map(RouteInventoryTest::load)
          .collect(Collectors.toList());
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, RouteInventoryTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String trim(String path) {
    return path.replaceAll("^/+|/+$", "");
  }
}
