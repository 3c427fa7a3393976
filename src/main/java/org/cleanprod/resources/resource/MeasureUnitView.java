package org.cleanprod.resources.resource;

import org.cleanprod.shared.units.Dimension;
import org.cleanprod.shared.units.MeasureUnit;

/**
 * A measure unit as pages and the API show it: its code (the {@link MeasureUnit} name,
 * which imports and API calls use), its symbol and its dimension. Written out rather than
 * serialising the enum, whose {@code toString} is the symbol.
 */
public record MeasureUnitView(String code, String symbol, Dimension dimension) {

	public static MeasureUnitView of(MeasureUnit unit) {
		return new MeasureUnitView(unit.name(), unit.symbol(), unit.dimension());
	}

	/** The unit's name in the user's language, "tấn" or "tonne". */
	public String messageKey() {
		return "unit." + this.code;
	}

}
