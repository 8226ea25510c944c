/** The API tokens page of a workspace: a side's coordinators make, see and revoke its tokens. */
package io.shoreline.portal.web.apitokens;
