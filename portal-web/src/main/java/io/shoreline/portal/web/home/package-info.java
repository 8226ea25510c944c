/** The signed-in person's home page: who they are, where, and their workspaces. */
package io.shoreline.portal.web.home;
