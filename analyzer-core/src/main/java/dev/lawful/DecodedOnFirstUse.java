package dev.lawful;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.concurrent.Callable;

/**
 * An unmodifiable list that the result cache decodes from its stored bytes when it is first
 * read. Only report writers read a result's inventory and snippets, so an unchanged run that
 * writes no report never decodes them. The bytes were checked against their checksum when the
 * cache was opened, so a failure here is a defect, not a stale cache.
 */
final class DecodedOnFirstUse<T> extends AbstractList<T> implements RandomAccess {

    private Callable<List<T>> decoder;
    private volatile List<T> items;

    DecodedOnFirstUse(Callable<List<T>> decoder) {
        this.decoder = decoder;
    }

    /** {@code list} itself when it is decoded on first use (it cannot change), otherwise an unmodifiable copy. */
    static <T> List<T> unmodifiable(List<T> list) {
        return list instanceof DecodedOnFirstUse<T> ? list : List.copyOf(list);
    }

    /** Whether the items have been decoded yet. */
    boolean decoded() {
        return items != null;
    }

    @Override
    public T get(int index) {
        return items().get(index);
    }

    @Override
    public int size() {
        return items().size();
    }

    private List<T> items() {
        List<T> decoded = items;
        if (decoded == null) {
            synchronized (this) {
                decoded = items;
                if (decoded == null) {
                    decoded = decode();
                    items = decoded;
                    decoder = null;
                }
            }
        }
        return decoded;
    }

    private List<T> decode() {
        try {
            return List.copyOf(decoder.call());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the cached result was read", e);
        } catch (Exception e) {
            throw new IllegalStateException("the cached result could not be read: " + e.getMessage(), e);
        }
    }
}
