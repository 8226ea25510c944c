package io.shoreline.portal.web.platform;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The rows of a lazy p:dataTable: the count and one page read from the database (each reader opens
 * its tenant first), a refusal answered by {@link Outcomes}. Made per request by a request-scoped
 * bean, so it never outlives the proxies it holds.
 */
public class PagedRows<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** Reads one page of rows. */
  @FunctionalInterface
  public interface Page<T> {
    List<T> read(int first, int max);
  }

  private final transient Outcomes outcomes;
  private final transient LongSupplier count;
  private final transient Page<T> page;
  private final transient Function<T, Object> key;

  public PagedRows(Outcomes outcomes, LongSupplier count, Page<T> page, Function<T, Object> key) {
    this.outcomes = outcomes;
    this.count = count;
    this.page = page;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filters) {
    return outcomes.attempt(() -> Math.toIntExact(count.getAsLong())).orElse(0);
  }

  @Override
  public List<T> load(
      int first, int size, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
    return outcomes.attempt(() -> page.read(first, size)).orElse(List.of());
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(key.apply(row));
  }
}
