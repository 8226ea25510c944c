/**
 * Workspace pages: the caller's workspaces (switcher, list) and a workspace's home with the members
 * of both sides and its recent activity.
 */
package io.shoreline.portal.web.workspace;
