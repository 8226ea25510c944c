package io.shoreline.portal.web.api.feeds;

import java.util.List;

/** A page of a feed's rows as of {@code version}, by key: each row's cells in column order. */
public record RowsDto(
    int version, List<String> columns, List<List<String>> rows, int page, int size, long total) {}
