package io.shoreline.portal.web.identity;

import java.io.Serializable;
import java.util.Set;

/** Who the session belongs to, kept in the HTTP session (replicated across the cluster). */
record SignedInCaller(String name, Set<String> groups) implements Serializable {

  static final String SESSION_KEY = "io.shoreline.portal.caller";
}
