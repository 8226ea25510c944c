package io.shoreline.portal.bulletins.training;

/** What a library document is: part of the crash course, or brand material. */
public enum TrainingCategory {
  COURSE,
  BRAND
}
