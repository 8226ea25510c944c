package io.shoreline.portal.testing;

import java.util.Map;

/**
 * A lazy list page showing people's text, checked page by page against a baseline list with one
 * full page of harmless rows and a second page: its first page, then each further page as its
 * paginator fetches it, against the baseline's first page fetched the same way.
 */
public record LazyLists(String table, int pageSize) {

  /** One side of the comparison: who looks, at which page, with which of the page's parameters. */
  public record Side(WebClient web, String page, Map<String, String> parameters) {}

  public void assertInert(Side shown, Side baseline, int rows) throws Exception {
    ActiveMarkup.assertNoneAdded(
        shown.page(), shown.web().page(shown.page()), baseline.web().page(baseline.page()));
    String fullPage = ActiveMarkup.partialHtml(fetch(baseline, 0));
    for (int first = pageSize; first < rows; first += pageSize) {
      ActiveMarkup.assertNoneAdded(
          shown.page() + " from row " + first,
          ActiveMarkup.partialHtml(fetch(shown, first)),
          fullPage);
    }
  }

  private String fetch(Side side, int first) throws Exception {
    return LazyTables.page(side.web(), side.page(), table, first, pageSize, side.parameters());
  }
}
