/**
 * Pages of the platform operator (Shoreline's own staff): every organization of the portal, and
 * suspending or reactivating one.
 */
package io.shoreline.portal.web.operator;
