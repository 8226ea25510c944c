package io.shoreline.portal.testing;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasPermissions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver: no driver or browser download, so
 * Selenium Manager never runs. The flags keep Chromium off the (closed) network.
 */
public final class Browser implements AutoCloseable {

  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  private static final Duration POLLING = Duration.ofMillis(50);

  /**
   * Chromiums of earlier tests, reset: starting one costs seconds, and the browser suites start
   * about a hundred. Quit when the test JVM ends.
   */
  private static final Deque<ChromeDriver> IDLE = new ArrayDeque<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitIdle));
  }

  private final ChromeDriver driver;
  private final URL base;

  public Browser(URL base) {
    this.base = base;
    this.driver = take();
  }

  private static synchronized ChromeDriver take() {
    ChromeDriver idle = IDLE.poll();
    return idle != null ? idle : start();
  }

  private static ChromeDriver start() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--window-size=1280,900",
        "--lang=en-GB");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  public WebDriver driver() {
    return driver;
  }

  /** Opens a path relative to the portal's root, e.g. "login.xhtml". */
  public Browser open(String path) {
    driver.get(base.toString() + path);
    return this;
  }

  public WebElement find(String cssSelector) {
    return waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
  }

  public String text(String cssSelector) {
    return find(cssSelector).getText();
  }

  /**
   * Types into the field, again into its replacement if an Ajax update swapped the field while it
   * was typed into.
   */
  public Browser type(String cssSelector, String text) {
    waitUntil(
        d -> {
          WebElement field = d.findElement(By.cssSelector(cssSelector));
          if (!field.isDisplayed()) {
            return false;
          }
          field.clear();
          field.sendKeys(text);
          return true;
        });
    return this;
  }

  /**
   * On the sign-in page: the e-mail, on to the password (the person's organization has no provider
   * of its own), then signs in; the next page loads.
   */
  public Browser signIn(String email, String password) {
    type("#login\\:email", email);
    // after a failed attempt the page asks for the password at once
    if (!driver.findElements(By.id("login:next")).isEmpty()) {
      click("#login\\:next").waitForAjax();
    }
    return type("#login\\:password", password).submit("#login\\:submit");
  }

  /** Waits until PrimeFaces has no Ajax request queued or running. */
  public Browser waitForAjax() {
    waitUntil(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();"));
    return this;
  }

  public Browser click(String cssSelector) {
    waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector(cssSelector))).click();
    return this;
  }

  /** Clicks something that loads a new page (a non-Ajax submit) and waits for that page. */
  public Browser submit(String cssSelector) {
    WebElement page = driver.findElement(By.tagName("html"));
    click(cssSelector);
    waitUntil(d -> isGone(page));
    return this;
  }

  /** Waits until the element shows exactly this text (e.g. after a full page load). */
  public Browser waitForText(String cssSelector, String text) {
    waitUntil(ExpectedConditions.textToBe(By.cssSelector(cssSelector), text));
    return this;
  }

  /** Waits until the current page's path ends with the given text. */
  public Browser waitForPath(String suffix) {
    waitUntil(d -> pathOf(d.getCurrentUrl()).endsWith(suffix));
    return this;
  }

  /**
   * Whether an element of the page before has left the document. While Chromium swaps documents it
   * reports that either as a stale element or as a node "not belonging to the document".
   */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (WebDriverException gone) {
      return true;
    }
  }

  public String path() {
    return pathOf(driver.getCurrentUrl());
  }

  public String cookie(String name) {
    Cookie cookie = driver.manage().getCookieNamed(name);
    return cookie == null ? null : cookie.getValue();
  }

  /**
   * GETs a URL the page links to, with this browser's cookies (its session), as following the link
   * would; the answer is not shown, so tests see its status and headers.
   */
  public HttpResponse<byte[]> fetch(String url) throws IOException, InterruptedException {
    String cookies =
        driver.manage().getCookies().stream()
            .map(cookie -> cookie.getName() + "=" + cookie.getValue())
            .collect(Collectors.joining("; "));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base.toString()).resolve(url))
            .header("Cookie", cookies)
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * Lets the page write and read the clipboard, or refuses it, as a person answering the browser's
   * question would (WebDriver's permissions: headless Chromium has nobody to ask).
   */
  public Browser allowClipboard(boolean allowed) {
    for (String permission : new String[] {"clipboard-read", "clipboard-write"}) {
      ((HasPermissions) driver).setPermission(permission, allowed ? "granted" : "denied");
    }
    return this;
  }

  /** What the clipboard holds now (read by the page, which needs {@link #allowClipboard}). */
  public String clipboard() {
    return (String)
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + " navigator.clipboard.readText().then(done, function (e) {"
                    + " done('refused: ' + e); });");
  }

  /** The text the person has selected on the page. */
  public String selection() {
    return (String)
        ((JavascriptExecutor) driver).executeScript("return window.getSelection().toString();");
  }

  /**
   * Waits up to 15 s, looking every 50 ms: WebDriverWait's default of 500 ms added a quarter of a
   * second to each wait on average, minutes over the browser suites. An element an Ajax update
   * replaced (or hid) while the condition used it only means "not yet".
   */
  public <T> T waitUntil(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(15), POLLING)
        .ignoring(StaleElementReferenceException.class)
        .ignoring(ElementNotInteractableException.class)
        .until(condition::apply);
  }

  private static String pathOf(String url) {
    return URI.create(url).getPath();
  }

  /**
   * Gives the browser back with nothing of this test left for the next: no cookies (no session), no
   * granted permissions, a blank page in one window. One that cannot be reset is quit.
   */
  @Override
  public void close() {
    try {
      for (String window : driver.getWindowHandles()) {
        if (driver.getWindowHandles().size() > 1) {
          driver.switchTo().window(window).close();
        }
      }
      driver.switchTo().window(driver.getWindowHandles().iterator().next());
      driver.get("about:blank");
      driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
      driver.executeCdpCommand("Browser.resetPermissions", Map.of());
    } catch (WebDriverException broken) {
      driver.quit();
      return;
    }
    synchronized (Browser.class) {
      IDLE.push(driver);
    }
  }

  private static synchronized void quitIdle() {
    IDLE.forEach(WebDriver::quit);
    IDLE.clear();
  }
}
