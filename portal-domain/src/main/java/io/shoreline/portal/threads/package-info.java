/**
 * Communication threads of a workspace: both sides talk here instead of in e-mail. Threads by
 * category, Markdown posts with @mentions and attachments, per-person read state and "seen by"
 * receipts, live updates, search and notifications.
 */
package io.shoreline.portal.threads;
