package io.shoreline.portal.bulletins;

/** How urgent a bulletin is: critical ones come first and are reminded of more often. */
public enum Urgency {
  CRITICAL,
  IMPORTANT,
  INFO
}
