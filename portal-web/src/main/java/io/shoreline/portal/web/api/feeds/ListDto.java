package io.shoreline.portal.web.api.feeds;

import java.util.List;

/** A page of a list, with the total of all pages. */
public record ListDto<T>(List<T> items, int page, int size, long total) {}
