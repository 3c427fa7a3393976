package org.cleanprod.consumption;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.cleanprod.shared.units.MeasureUnit;

/**
 * The stored records of a facility for a range of months, as the JSON API returns them:
 * monthly consumption, monthly production, and the annual totals of the years the range
 * touches. Every value says where it came from and who last changed it.
 */
public record FacilityRecords(long facilityId, String facilityCode, YearMonth from, YearMonth to,
		List<Consumption> consumption, List<Production> production, List<Annual> annual) {

	public FacilityRecords {
		consumption = List.copyOf(consumption);
		production = List.copyOf(production);
		annual = List.copyOf(annual);
	}

	/** One month's consumption of a resource. */
	public record Consumption(String resource, String resourceName, YearMonth month, BigDecimal quantity,
			MeasureUnit unit, RecordSource source, Instant updatedAt, String updatedBy) {
	}

	/** One month's production of a product, in the product's unit. */
	public record Production(long productId, String productName, YearMonth month, BigDecimal quantity, MeasureUnit unit,
			RecordSource source, Instant updatedAt, String updatedBy) {
	}

	/**
	 * An annual total filed under Circular 25/2020; {@code monthlyRecordsExist} says it
	 * is not used, because monthly values of the resource exist in that year.
	 */
	public record Annual(String resource, String resourceName, int year, BigDecimal quantity, MeasureUnit unit,
			RecordSource source, Instant updatedAt, String updatedBy, boolean monthlyRecordsExist) {
	}

}
