package io.shoreline.portal.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test class that drives the portal from Chromium. The README's test command runs it; the MariaDB
 * pass of CI (-Pmysql) leaves it out, for time: the pages and services it drives run there under
 * the other integration tests (every route in the adversarial suite, the pages over HTTP, the
 * services themselves), and a browser journey costs seconds a test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(BrowserJourney.TAG)
public @interface BrowserJourney {

  String TAG = "browser";
}
