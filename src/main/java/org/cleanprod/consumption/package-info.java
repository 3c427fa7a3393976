/**
 * Monthly consumption of energy, water and materials and monthly production per facility,
 * the annual totals of key energy users, every value's revisions, and their entry and
 * import. Others use {@link ConsumptionService} and the {@link RecordsChanged} event.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared :: *", "places", "resources", "facility" })
package org.cleanprod.consumption;

import org.springframework.modulith.ApplicationModule;
