/**
 * Site visits on the web: the workspace's calendar and list of visits, planning one, and the
 * visit's report (agenda, notes, findings with photos, ratings, action items, sign-off and
 * amendments).
 */
package io.shoreline.portal.web.visits;
