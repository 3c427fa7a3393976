package org.cleanprod.shared.listing;

import java.util.Set;

/**
 * Which page of a list, sorted how, as the request asked: parameters {@code page} (from
 * 1), {@code size}, {@code sort} and {@code dir}, bound to any handler parameter of this
 * type by {@link PageQueryResolver}. The sort key is only a wish: the list's
 * {@link org.cleanprod.shared.listing.Sorting} replaces a key it does not offer by its
 * default, so a crafted URL never reaches SQL.
 */
public record PageQuery(int page, int size, String sort, boolean descending) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 200;

	public PageQuery {
		page = Math.max(page, 1);
		size = Math.clamp(size, 1, MAX_SIZE);
	}

	/** The first page in the given order, for lists that show a fixed number of rows. */
	public static PageQuery first(int size, String sort, boolean descending) {
		return new PageQuery(1, size, sort, descending);
	}

	/**
	 * This query if its sort key is one the list offers; otherwise the list's default key
	 * and direction on the same page.
	 */
	public PageQuery offering(Set<String> keys, String defaultKey, boolean descendingByDefault) {
		return (this.sort != null && keys.contains(this.sort)) ? this
				: new PageQuery(this.page, this.size, defaultKey, descendingByDefault);
	}

	public long offset() {
		return (long) (this.page - 1) * this.size;
	}

	public String direction() {
		return this.descending ? "desc" : "asc";
	}

}
