/**
 * /api/v1/workspaces/{w}/feeds/{f}: machines submit and read a feed's rows with an API token
 * (Authorization: Bearer), never with a session.
 */
package io.shoreline.portal.web.api.feeds;
