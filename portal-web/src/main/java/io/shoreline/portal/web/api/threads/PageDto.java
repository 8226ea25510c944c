package io.shoreline.portal.web.api.threads;

import java.util.List;

/** One page of a list read from the database, with the list's size. */
public record PageDto<T>(List<T> items, int page, int size, long total) {}
