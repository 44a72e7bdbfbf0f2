package cn.gov.lanzhou.supervision.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with what a pager needs to show. */
public record Page<T>(List<T> items, int pageNumber, int pageSize, long total) {

    public static final int MAX_PAGE_SIZE = 100;

    public Page {
        items = List.copyOf(items);
    }

    public int pageCount() {
        return total == 0 ? 1 : (int) ((total + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return pageNumber < pageCount();
    }

    public boolean hasPrevious() {
        return pageNumber > 1;
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), pageNumber, pageSize, total);
    }

    /** Page numbers start at 1; sizes are clamped to 1..{@link #MAX_PAGE_SIZE}. */
    public static int firstResult(int pageNumber, int pageSize) {
        return (Math.max(1, pageNumber) - 1) * clampSize(pageSize);
    }

    public static int clampSize(int pageSize) {
        return Math.max(1, Math.min(MAX_PAGE_SIZE, pageSize));
    }
}
