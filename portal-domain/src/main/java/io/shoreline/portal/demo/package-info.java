/**
 * Demo data: the organizations and logins a newcomer finds on the first start of an empty database,
 * so that one command gives a portal to explore. Off with PORTAL_DEMO_DATA=false.
 */
package io.shoreline.portal.demo;
