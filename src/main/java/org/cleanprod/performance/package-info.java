/**
 * Energy performance computed from the records (in the manner of ISO 50006 energy
 * performance indicators): monthly totals in GJ, TOE and tonnes of CO2 with the factors
 * used, specific consumption, baselines, savings by intensity and by
 * regression-normalised models, data-quality findings, and the stateless calculators of
 * the API.
 */
@ApplicationModule(
		allowedDependencies = { "shared", "shared :: *", "places", "resources", "facility", "consumption", "planning" })
package org.cleanprod.performance;

import org.springframework.modulith.ApplicationModule;
