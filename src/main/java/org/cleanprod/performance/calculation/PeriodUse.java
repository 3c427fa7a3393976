package org.cleanprod.performance.calculation;

/**
 * What a facility consumed of one resource over a period, and what it produced over the
 * same period; either may be unknown ({@code null}).
 *
 * @param consumption in the resource's unit (kWh, m³, TOE for total energy, …)
 * @param production in the facility's unit of product
 */
record PeriodUse(Double consumption, Double production) {

}
