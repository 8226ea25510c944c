package io.shoreline.portal.web.feeds;

import io.shoreline.portal.feeds.CellCondition;
import io.shoreline.portal.feeds.FeedRow;
import io.shoreline.portal.web.platform.Outcomes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A feed's rows for a lazy p:dataTable: each column's filter becomes a condition the database
 * applies ("contains", or "equals" when the text is in double quotes), one page read at a time.
 */
public class FeedRowsModel extends LazyDataModel<FeedRow> {

  private static final long serialVersionUID = 1L;

  /** Reads a page or counts, under the conditions. */
  interface Reader {
    List<FeedRow> page(List<CellCondition> conditions, int first, int max);

    long count(List<CellCondition> conditions);
  }

  private final transient Outcomes outcomes;
  private final transient Reader reader;

  FeedRowsModel(Outcomes outcomes, Reader reader) {
    this.outcomes = outcomes;
    this.reader = reader;
  }

  @Override
  public int count(Map<String, FilterMeta> filters) {
    return outcomes.attempt(() -> Math.toIntExact(reader.count(conditions(filters)))).orElse(0);
  }

  @Override
  public List<FeedRow> load(
      int first, int size, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
    return outcomes.attempt(() -> reader.page(conditions(filters), first, size)).orElse(List.of());
  }

  @Override
  public String getRowKey(FeedRow row) {
    return row.key();
  }

  static List<CellCondition> conditions(Map<String, FilterMeta> filters) {
    List<CellCondition> conditions = new ArrayList<>();
    for (FilterMeta filter : filters.values()) {
      Object value = filter.getFilterValue();
      if (filter.getField() == null || value == null || value.toString().isBlank()) {
        continue;
      }
      String text = value.toString().strip();
      conditions.add(
          text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")
              ? CellCondition.equalTo(filter.getField(), text.substring(1, text.length() - 1))
              : CellCondition.contains(filter.getField(), text));
    }
    return conditions;
  }
}
