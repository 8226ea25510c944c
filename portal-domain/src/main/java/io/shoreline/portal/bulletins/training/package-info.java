/**
 * The training library ("crash course"): a workspace's course and brand documents, each upload a
 * new version that its readers acknowledge again.
 */
package io.shoreline.portal.bulletins.training;
