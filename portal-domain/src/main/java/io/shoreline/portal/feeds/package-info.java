/**
 * Shared data feeds of a workspace: typed columns defined by the publishing side, rows submitted as
 * CSV or JSON (browser upload or API) through one all-or-nothing validation, kept as versions with
 * their provenance, read back page by page, compared, exported, and watched for freshness.
 */
package io.shoreline.portal.feeds;
