package org.cleanprod.shared.listing;

import java.util.Map;
import java.util.Set;

/**
 * The orders a list offers: each sort key a user may ask for, with the SQL it stands for,
 * a default for any other key, and a tie-break that makes the order total. Only these
 * fixed fragments reach SQL. The direction follows an order fragment, or stands where it
 * says {@code {dir}}; the tie-break takes the direction only where it says so.
 */
public record Sorting(Map<String, String> orders, String defaultKey, boolean descendingByDefault, String tieBreak) {

	public Sorting {
		orders = Map.copyOf(orders);
		if (!orders.containsKey(defaultKey)) {
			throw new IllegalArgumentException("The default sort key " + defaultKey + " is not offered");
		}
	}

	public static Sorting of(String defaultKey, String tieBreak, Map<String, String> orders) {
		return new Sorting(orders, defaultKey, false, tieBreak);
	}

	/** The same orders, newest (or largest) first when the user asks for none. */
	public Sorting descending() {
		return new Sorting(this.orders, this.defaultKey, true, this.tieBreak);
	}

	public Set<String> keys() {
		return this.orders.keySet();
	}

	/**
	 * The query as this list reads it: a key it does not offer, or none, gives its
	 * default.
	 */
	public PageQuery apply(PageQuery query) {
		return query.offering(this.orders.keySet(), this.defaultKey, this.descendingByDefault);
	}

	/** {@code ORDER BY} for the query, after {@link #apply}. */
	public String orderBy(PageQuery query) {
		PageQuery applied = apply(query);
		String order = this.orders.get(applied.sort());
		String directed = order.contains("{dir}") ? order.replace("{dir}", applied.direction())
				: order + " " + applied.direction();
		return " ORDER BY " + directed + ", " + this.tieBreak.replace("{dir}", applied.direction());
	}

}
