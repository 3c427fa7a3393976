package org.cleanprod.consumption.web;

import org.cleanprod.shared.units.MeasureUnit;

/**
 * A product of a facility with its unit. Specific consumption is measured per unit of the
 * main product, since products of different units cannot be added up.
 */
public record ProductView(long id, long facilityId, String name, MeasureUnit unit, boolean mainProduct,
		boolean active) {

}
