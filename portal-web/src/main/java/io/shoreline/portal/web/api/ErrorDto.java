package io.shoreline.portal.web.api;

/** The body of every 4xx/5xx answer of the API. */
public record ErrorDto(int status, String message) {}
