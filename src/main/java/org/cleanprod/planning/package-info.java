/**
 * Plans and their targets as data: a plan (period, issuing decision) carries target
 * indicators (name, unit, target value or band, target year). Others use
 * {@link PlanningService}.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared :: *", "places", "resources" })
package org.cleanprod.planning;

import org.springframework.modulith.ApplicationModule;
