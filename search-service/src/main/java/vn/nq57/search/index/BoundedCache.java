package vn.nq57.search.index;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * A least-recently-used cache bounded both by its number of entries and by the estimated bytes of its values (whichever
 * limit is reached first evicts the oldest entries). Thread-safe; lookups and inserts take one short lock, which costs
 * far less than the search a hit saves. A value larger than the byte limit on its own is not kept.
 *
 * <p>Entries are never invalidated one by one: callers put the index generation in the key, so a new generation is
 * simply never answered from an older entry, and the old entries age out (or are dropped by {@link #clear}).
 *
 * @param <K> the key (its {@code equals} and {@code hashCode} define a hit)
 * @param <V> the cached value, immutable once cached
 */
final class BoundedCache<K, V> {

  private final int maxEntries;
  private final long maxBytes;
  private final ToLongFunction<V> weigher;
  private final LinkedHashMap<K, Sized<V>> entries = new LinkedHashMap<>(64, 0.75f, true);
  private long bytes;

  private record Sized<V>(V value, long bytes) {}

  /**
   * @param maxEntries the most entries kept; 0 keeps none
   * @param maxBytes   the most estimated bytes kept over all values
   * @param weigher    a value's estimated size in bytes
   */
  BoundedCache(int maxEntries, long maxBytes, ToLongFunction<V> weigher) {
    if (maxEntries < 0 || maxBytes < 0) {
      throw new IllegalArgumentException("cache bounds must not be negative: " + maxEntries + " entries, " + maxBytes
          + " bytes");
    }
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
    this.weigher = weigher;
  }

  /** The cached value for {@code key}, or null. */
  synchronized V get(K key) {
    Sized<V> s = entries.get(key);
    return s == null ? null : s.value();
  }

  /** Keeps {@code value} under {@code key}, evicting the least recently used entries beyond the bounds. */
  void put(K key, V value) {
    long size = weigher.applyAsLong(value);
    if (maxEntries == 0 || size > maxBytes) {
      return;
    }
    synchronized (this) {
      Sized<V> old = entries.put(key, new Sized<>(value, size));
      bytes += size - (old == null ? 0 : old.bytes());
      Iterator<Map.Entry<K, Sized<V>>> oldest = entries.entrySet().iterator();
      while ((entries.size() > maxEntries || bytes > maxBytes) && oldest.hasNext()) {
        bytes -= oldest.next().getValue().bytes();
        oldest.remove();
      }
    }
  }

  /** Forgets every entry. */
  synchronized void clear() {
    entries.clear();
    bytes = 0;
  }

  /** The number of entries kept now. */
  synchronized int size() {
    return entries.size();
  }

  /** The estimated bytes of the values kept now. */
  synchronized long bytes() {
    return bytes;
  }
}
