package io.shoreline.portal.web.platform;

import static io.shoreline.portal.testing.DemoLogins.NORTHWIND_ADMIN;
import static io.shoreline.portal.testing.DemoLogins.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.testing.Pages;
import io.shoreline.portal.testing.WebClient;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What every client sees over plain HTTP: headers, health, errors, the API, form protection. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformEndpointsIT {

  @ArquillianResource URL base;
  private WebClient client;

  @BeforeEach
  void newClient() {
    client = new WebClient(base);
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() throws Exception {
    for (String path :
        List.of("login.xhtml", "errors/404.html", "no-such-page", "app/home.xhtml", "api/v1/me")) {
      HttpResponse<String> response = client.get(path);

      assertThat(response.headers().allValues("Content-Security-Policy"))
          .as(path)
          .anyMatch(policy -> policy.contains("frame-ancestors 'none'"));
      assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
      assertThat(response.headers().firstValue("Strict-Transport-Security"))
          .hasValueSatisfying(value -> assertThat(value).startsWith("max-age="));
      assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
    }
  }

  @Test
  void theSessionCookieIsHttpOnly() throws Exception {
    HttpResponse<String> response = client.get("login.xhtml");

    assertThat(response.headers().allValues("Set-Cookie"))
        .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
        .singleElement()
        .satisfies(cookie -> assertThat(cookie).contains("HttpOnly").doesNotContain("Secure"));
  }

  @Test
  void facesPagesAllowOnlyScriptsCarryingTheirNonce() throws Exception {
    HttpResponse<String> response = client.get("login.xhtml");

    String noncePolicy =
        response.headers().allValues("Content-Security-Policy").stream()
            .filter(policy -> policy.contains("'nonce-"))
            .findFirst()
            .orElseThrow();
    String nonce = noncePolicy.replaceAll("(?s).*'nonce-([^']+)'.*", "$1");
    assertThat(response.body()).contains("nonce=\"" + nonce + "\"");
    assertThat(response.body().split("<script").length - 1)
        .isEqualTo(response.body().split("<script[^>]*nonce=\"" + nonce + "\"").length - 1);
  }

  @Test
  void healthReportsTheDatabase() throws Exception {
    HttpResponse<String> ready = client.get("health/ready");

    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).contains("\"name\":\"database\"", "\"status\":\"UP\"");
  }

  @Test
  void metricsAndTheApiDocumentAreServed() throws Exception {
    assertThat(client.get("metrics").statusCode()).isEqualTo(200);
    HttpResponse<String> openApi = client.get("openapi");
    assertThat(openApi.statusCode()).isEqualTo(200);
    assertThat(openApi.body())
        .contains(
            "Shoreline portal API",
            "/api/v1/me",
            "/api/v1/workspaces/{w}/threads",
            "/api/v1/workspaces/{w}/threads/{t}/posts");
  }

  @Test
  void theSignedInAreaRedirectsStrangersToSignIn() throws Exception {
    HttpResponse<String> response = client.get("app/home.xhtml");

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/login.xhtml"));
  }

  @Test
  void theApiAnswersStrangersWithAJsonError() throws Exception {
    HttpResponse<String> response = client.get("api/v1/me");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(response.body()).isEqualTo("{\"message\":\"Sign in first.\",\"status\":401}");
  }

  @Test
  void aSignedInSessionReachesTheApi() throws Exception {
    HttpResponse<String> signIn = client.signIn(NORTHWIND_ADMIN, PASSWORD);
    assertThat(signIn.statusCode()).isEqualTo(302);

    HttpResponse<String> me = client.get("api/v1/me");

    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body())
        .contains(
            "\"email\":\"" + NORTHWIND_ADMIN + "\"",
            "\"organization\":\"Northwind Retail\"",
            "\"organizationKind\":\"CLIENT\"",
            "\"timeZone\":\"Europe/Paris\"");
  }

  @Test
  void anUnknownPageGetsAPlainNotFoundPage() throws Exception {
    HttpResponse<String> response = client.get("no-such-page.xhtml");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("Page not found").doesNotContainPattern(Pages.STACK_FRAME);
  }

  @Test
  void aForgedSignInPostWithoutTheFormsViewStateSignsNobodyIn() throws Exception {
    HttpResponse<String> response =
        client.post(
            "login.xhtml",
            Map.of(
                "login", "login",
                "login:email", NORTHWIND_ADMIN,
                "login:password", PASSWORD,
                "login:submit", "",
                "jakarta.faces.ViewState", "forged"));

    assertThat(response.body())
        .contains("Your page expired")
        .doesNotContainPattern(Pages.STACK_FRAME);
    assertThat(client.get("app/home.xhtml").statusCode()).isEqualTo(302);
  }

  @Test
  void badSignInInputOverHttpGetsClearMessagesAndSignsNobodyIn() throws Exception {
    HttpResponse<String> response = client.signIn("x".repeat(10_240), "");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("That e-mail address is too long", "Enter your password.")
        .doesNotContainPattern(Pages.STACK_FRAME);
    assertThat(client.get("app/home.xhtml").statusCode()).isEqualTo(302);
  }
}
