package org.cleanprod.shared.listing;

import java.util.List;
import java.util.function.Function;

/** One page of a list with what pagination needs to draw itself. */
public record PageView<T>(List<T> items, PageQuery query, long total) {

	public PageView {
		items = List.copyOf(items);
	}

	public int pages() {
		return (int) Math.max(1, (this.total + this.query.size() - 1) / this.query.size());
	}

	public long first() {
		return this.items.isEmpty() ? 0 : this.query.offset() + 1;
	}

	public long last() {
		return this.query.offset() + this.items.size();
	}

	public boolean hasPrevious() {
		return this.query.page() > 1;
	}

	public boolean hasNext() {
		return this.query.page() < pages();
	}

	public <R> PageView<R> map(Function<T, R> mapper) {
		return new PageView<>(this.items.stream().map(mapper).toList(), this.query, this.total);
	}

}
