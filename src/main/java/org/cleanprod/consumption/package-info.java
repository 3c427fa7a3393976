/**
 * Monthly consumption of energy, water and materials and monthly production per facility,
 * their import, and what is computed from them: totals in GJ, TOE and tonnes of CO2,
 * specific consumption, baselines, savings by intensity and by regression, data quality.
 * Others use {@link ConsumptionService} and its events.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared :: *", "reference", "facility", "planning" })
package org.cleanprod.consumption;

import org.springframework.modulith.ApplicationModule;
