/**
 * The voice of the customer: feedback items the vendor's agents or systems record (date, channel,
 * topic, verbatim, sentiment, whether the customer was delighted), trends by topic for the client,
 * and the items flagged for the client's attention, which the client turns into a thread or an
 * action item. The scorecard reads them for its feedback KPIs.
 */
package io.shoreline.portal.scorecards.feedback;
