package io.shoreline.portal.web.api.feeds;

/** page and size query parameters: size 1 to a maximum, page 0 or more. */
public final class Paging {

  private Paging() {}

  public static int size(int size, int max) {
    if (size < 1 || size > max) {
      throw FeedRowsResource.refusal(400, "size is 1 to " + max + ".");
    }
    return size;
  }

  public static int first(int page, int size) {
    if (page < 0 || page > Integer.MAX_VALUE / size) {
      throw FeedRowsResource.refusal(400, "page is 0 or more.");
    }
    return page * size;
  }
}
