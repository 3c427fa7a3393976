package org.cleanprod.consumption.web;

import org.cleanprod.consumption.RecordSource;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.cleanprod.resources.ResourceView;
import org.cleanprod.shared.units.MeasureUnit;

/**
 * One year of a facility's records as the entry page shows them: a row per resource in
 * use and per product, a cell per month, and the annual totals filed under Circular
 * 25/2020.
 */
public record YearGrid(long facilityId, int year, List<YearMonth> months, List<Row> resources, List<Row> products,
		List<ResourceView> addable, List<AnnualValue> annual) {

	/**
	 * The month a clerk most likely enters next (1-12): the one after the last month
	 * holding any figure, December at most; January in an empty year. A phone shows the
	 * grid one month at a time, starting there.
	 */
	public int monthToEnter() {
		int last = java.util.stream.Stream.concat(this.resources.stream(), this.products.stream())
			.flatMap(row -> row.cells().stream())
			.filter(cell -> cell.quantity() != null)
			.mapToInt(cell -> cell.month().getMonthValue())
			.max()
			.orElse(0);
		return Math.min(last + 1, 12);
	}

	/**
	 * A row of the grid: an item (resource code or product id), its unit and twelve
	 * cells.
	 */
	public record Row(String item, String label, MeasureUnit unit, List<MeasureUnit> units, List<Cell> cells) {

		public BigDecimal total() {
			return this.cells.stream()
				.map(Cell::quantity)
				.filter(java.util.Objects::nonNull)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		}

	}

	/** The value of one month, or null when none was recorded. */
	public record Cell(YearMonth month, BigDecimal quantity, RecordSource source) {

	}

	/** An annual total of a resource, filed instead of monthly values. */
	public record AnnualValue(String resourceCode, String label, BigDecimal quantity, MeasureUnit unit,
			boolean monthlyRecordsExist) {

	}

}
