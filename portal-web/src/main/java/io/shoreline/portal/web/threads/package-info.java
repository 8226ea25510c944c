/**
 * The pages of a workspace's communication threads: the thread list with search, one thread with
 * its posts, live updates and attachment downloads, the categories, and the person's notifications.
 */
package io.shoreline.portal.web.threads;
