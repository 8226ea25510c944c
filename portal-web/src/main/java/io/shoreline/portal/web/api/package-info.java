/**
 * The REST API under /api/v1: JSON, documented by OpenAPI at /openapi, clear 4xx errors with a
 * body. Feature resources live in {@code io.shoreline.portal.web.api.<feature>}.
 */
package io.shoreline.portal.web.api;
