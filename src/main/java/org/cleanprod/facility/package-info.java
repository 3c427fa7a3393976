/**
 * The facility registry: enterprises (legal entities with a tax code) and their
 * facilities (production sites with unit, zone, sector and CP flags), their import and
 * export, and the consultants assigned to them. Others use {@link FacilityService} and
 * its views.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared :: *", "places", "resources" })
package org.cleanprod.facility;

import org.springframework.modulith.ApplicationModule;
