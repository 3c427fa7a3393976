package org.cleanprod.shared.web;

import java.util.Set;

/**
 * Which page of a list, sorted how. Built from request parameters {@code page} (from 1),
 * {@code size}, {@code sort} and {@code dir}; unknown sort keys fall back to the default
 * so a crafted URL never reaches SQL.
 */
public record PageQuery(int page, int size, String sort, boolean descending) {

	public static final int MAX_SIZE = 200;

	public PageQuery {
		page = Math.max(page, 1);
		size = Math.clamp(size, 1, MAX_SIZE);
	}

	public static PageQuery of(Integer page, Integer size, String sort, String dir, Set<String> sortKeys,
			String defaultSort) {
		String key = (sort != null && sortKeys.contains(sort)) ? sort : defaultSort;
		return new PageQuery(page != null ? page : 1, size != null ? size : 20, key, "desc".equalsIgnoreCase(dir));
	}

	public long offset() {
		return (long) (this.page - 1) * this.size;
	}

	public String direction() {
		return this.descending ? "desc" : "asc";
	}

}
