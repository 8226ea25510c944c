package io.shoreline.portal.web.corpora;

import static io.shoreline.portal.web.corpora.JsonBodies.GROUP;
import static io.shoreline.portal.web.corpora.JsonBodies.USER;

import io.shoreline.portal.web.corpora.JsonBodies.Endpoint;
import java.util.List;

/**
 * Well-formed JSON that one endpoint reads, with wrong types, nulls, unknown or repeated fields,
 * numbers no field can hold and text no column can: each refused with the status named, nothing
 * stored ({@code '} stands for {@code "}).
 */
final class JsonWrongTypes {

  /** A body for one endpoint and its status. */
  record Case(Endpoint endpoint, String json, int status) {

    String body() {
      return json.replace('\'', '"');
    }

    @Override
    public String toString() {
      return endpoint + " " + json;
    }
  }

  private static final String ROW = "'date':'2026-03-01','queue':'Billing'";
  private static final String ITEM =
      "'receivedOn':'2026-03-01','channel':'PHONE','topic':'Refunds','sentiment':'NEGATIVE'";

  private JsonWrongTypes() {}

  static List<Case> all() {
    return List.of(
        // feed rows: an array of objects keyed by column
        feed("[{" + ROW + ",'offered':'many'}]", 422),
        feed("[{" + ROW + ",'offered':1e999999}]", 422),
        feed("[{" + ROW + ",'offered':" + "9".repeat(400) + "}]", 422),
        feed("[{" + ROW + ",'offered':1,'service_level':1e-999999}]", 422),
        feed("[{" + ROW + ",'offered':true}]", 422),
        feed("[{" + ROW + ",'offered':1.5}]", 422),
        feed("[{'date':null,'queue':null,'offered':null}]", 422),
        feed("[{" + ROW + ",'offered':1,'colour':'blue'}]", 422),
        feed("[{" + ROW + ",'queue':'Sales','offered':1}]", 422),
        feed("[{" + ROW + ",'offered':{'value':1}}]", 400),
        feed("[{" + ROW + ",'offered':[1]}]", 400),
        feed("[{'date':'2026-03-01','queue':'\\ud800','offered':1}]", 422),
        feed("[{'date':'2026-03-01','queue':'a\\u0000b','offered':1}]", 422),
        feed("[{'date':'0000-00-00','queue':'A','offered':1}]", 422),
        // thread posts: {markdown, replyToSeq}
        post("{'markdown':null}", 400),
        post("{}", 400),
        post("{'markdown':''}", 400),
        post("{'markdown':'   '}", 400),
        post("{'markdown':['a']}", 400),
        post("{'markdown':{'text':'a'}}", 400),
        post("{'markdown':'a','replyToSeq':'x'}", 400),
        post("{'markdown':'a','replyToSeq':1e999999}", 400),
        post("{'markdown':'a','replyToSeq':99999999999}", 400),
        post("{'markdown':'a','replyToSeq':1.5}", 400),
        post("{'markdown':'a','replyToSeq':-1}", 400),
        post("{'markdown':'a','replyToSeq':999999}", 400),
        post("{'markdown':'\\ud800'}", 400),
        post("{'markdown':'a\\u0000b'}", 400),
        post("['markdown','a']", 400),
        // feedback: one object or an array of objects
        feedback("{}", 422),
        feedback("{" + ITEM + ",'receivedOn':12}", 422),
        feedback("{" + ITEM + ",'receivedOn':'0000-00-00'}", 422),
        feedback("{" + ITEM + ",'channel':'CARRIER_PIGEON'}", 422),
        feedback("{" + ITEM + ",'topic':['a']}", 422),
        feedback("{" + ITEM + ",'delighted':'yes'}", 422),
        feedback("{" + ITEM + ",'unexpected':1}", 422),
        feedback("{" + ITEM + ",'topic':'\\ud800'}", 422),
        feedback("[{" + ITEM + "},1]", 400),
        // SCIM Users and Groups
        scimUser("{}", 400),
        scimUser("{'schemas':'" + USER + "','userName':'a@b.example'}", 400),
        scimUser("{'schemas':['" + USER + "'],'userName':123}", 400),
        scimUser("{'schemas':['" + USER + "'],'userName':null}", 400),
        scimUser("{'schemas':['" + USER + "'],'userName':'a@b.example','active':'yes'}", 400),
        scimUser(
            "{'schemas':['" + USER + "'],'userName':'a@b.example','emails':'a@b.example'}", 400),
        scimGroup("{'schemas':['" + GROUP + "'],'displayName':['x']}", 400),
        scimGroup("{'schemas':['" + GROUP + "'],'displayName':'x','members':'y'}", 400),
        scimGroup(
            "{'schemas':['" + GROUP + "'],'displayName':'x','members':[{'value':null}]}", 400),
        scimGroup("{'schemas':['" + GROUP + "'],'displayName':null}", 400));
  }

  private static Case feed(String json, int status) {
    return new Case(Endpoint.FEED_ROWS, json, status);
  }

  private static Case post(String json, int status) {
    return new Case(Endpoint.THREAD_POSTS, json, status);
  }

  private static Case feedback(String json, int status) {
    return new Case(Endpoint.FEEDBACK, json, status);
  }

  private static Case scimUser(String json, int status) {
    return new Case(Endpoint.SCIM_USERS, json, status);
  }

  private static Case scimGroup(String json, int status) {
    return new Case(Endpoint.SCIM_GROUPS, json, status);
  }
}
