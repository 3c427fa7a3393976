package org.cleanprod.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What an option saves of one resource in a year, in the resource's base unit, and the
 * price in VND per unit at which the user values it.
 */
@Embeddable
public record OptionSaving(@Column(name = "resource_code") String resourceCode,
		@Column(name = "quantity") BigDecimal quantity, @Column(name = "unit") String unit,
		@Column(name = "price") BigDecimal price) {

	/** At the scale of the columns, so that a saving read back equals the one stored. */
	public OptionSaving {
		quantity = (quantity != null) ? quantity.setScale(6, RoundingMode.HALF_EVEN) : null;
		price = (price != null) ? price.setScale(2, RoundingMode.HALF_EVEN) : null;
	}

	/** The saving's worth in a year, in VND. */
	public BigDecimal value() {
		return this.quantity.multiply(this.price);
	}

}
