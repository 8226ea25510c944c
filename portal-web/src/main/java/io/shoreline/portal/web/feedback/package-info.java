/**
 * The customer feedback pages: the list with its filters, trends by topic and the vendor's record
 * form (app/feedback.xhtml), an item with its corrections, flag and what the client made of it
 * (app/feedback-item.xhtml), and the workspace home's card.
 */
package io.shoreline.portal.web.feedback;
