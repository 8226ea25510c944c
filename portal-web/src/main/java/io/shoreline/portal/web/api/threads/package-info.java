/**
 * The threads of a workspace over the API: list threads, read a thread's posts, write a post. The
 * caller must be signed in and a member of the workspace the path names.
 */
package io.shoreline.portal.web.api.threads;
