package org.cleanprod.shared.listing;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.cleanprod.shared.jdbc.Where;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A list read with SQL: its columns, its tables and the orders it offers. Gives the page
 * a user asked for with the total, or streams every row in the list's order for an
 * export, for any {@link Where} the caller builds.
 */
public final class Listing {

	private static final int FETCH_SIZE = 500;

	private final JdbcClient jdbc;

	private final String select;

	private final String from;

	private final Sorting sorting;

	/**
	 * @param select {@code SELECT} and the columns
	 * @param from {@code FROM} and the joins, also counted for the total
	 */
	public Listing(JdbcClient jdbc, String select, String from, Sorting sorting) {
		this.jdbc = jdbc;
		this.select = select;
		this.from = from;
		this.sorting = sorting;
	}

	/** The same list with other columns, for a select list that depends on the caller. */
	public Listing withSelect(String select) {
		return new Listing(this.jdbc, select, this.from, this.sorting);
	}

	public <T> PageView<T> page(Where where, PageQuery query, RowMapper<T> rows) {
		PageQuery page = this.sorting.apply(query);
		List<T> items = this.jdbc.sql(this.select + this.from + where.sql() + this.sorting.orderBy(page) + limit(page))
			.params(where.params())
			.query(rows)
			.list();
		long total = (items.isEmpty() && page.page() == 1) ? 0 : count(where);
		return new PageView<>(items, page, total);
	}

	public long count(Where where) {
		return this.jdbc.sql("SELECT COUNT(*)" + this.from + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	/** Every row the condition selects, in the query's order. */
	public <T> void forEach(Where where, PageQuery order, RowMapper<T> rows, Consumer<T> consumer) {
		try (Stream<T> stream = this.jdbc.sql(this.select + this.from + where.sql() + this.sorting.orderBy(order))
			.params(where.params())
			.withFetchSize(FETCH_SIZE)
			.query(rows)
			.stream()) {
			stream.forEach(consumer);
		}
	}

	public Sorting sorting() {
		return this.sorting;
	}

	/**
	 * The one {@code LIMIT … OFFSET …} of a page, for lists that read their page
	 * otherwise.
	 */
	public static String limit(PageQuery page) {
		return " LIMIT " + page.size() + " OFFSET " + page.offset();
	}

}
