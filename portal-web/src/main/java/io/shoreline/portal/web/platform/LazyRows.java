package io.shoreline.portal.web.platform;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy p:dataTable over a boundary's count and page methods: one page per query. Built per
 * request by a request-scoped bean, so it holds no data between requests (hence the transient
 * functions).
 */
public class LazyRows<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** One page of rows. */
  @FunctionalInterface
  public interface Page<T> {
    List<T> of(int first, int max);
  }

  private final transient LongSupplier count;
  private final transient Page<T> page;
  private final transient Function<T, Object> key;

  public LazyRows(LongSupplier count, Page<T> page, Function<T, Object> key) {
    this.count = count;
    this.page = page;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, count.getAsLong());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return page.of(first, pageSize);
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(key.apply(row));
  }
}
