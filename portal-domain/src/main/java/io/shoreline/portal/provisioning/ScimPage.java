package io.shoreline.portal.provisioning;

import java.util.List;

/** One page of a list, and how many there are in all. */
public record ScimPage<T>(List<T> items, long total) {}
