/**
 * Monthly consumption of energy, water and materials and monthly production per facility,
 * the annual totals of key energy users, every value's revisions, and their entry and
 * import. Others use {@link ConsumptionService} and the {@link RecordsChanged} event, and
 * read the values in bulk through four read-only views, created by its migrations and
 * kept stable as part of its API:
 * <ul>
 * <li>{@code consumption_monthly} (facility_id, resource_code, period_month, quantity,
 * unit): one row per facility, resource and month;</li>
 * <li>{@code consumption_annual} (facility_id, resource_code, period_year, quantity,
 * unit): the annual totals of key energy users;</li>
 * <li>{@code main_product} (id, facility_id, name, unit): each facility's main
 * product;</li>
 * <li>{@code main_production} (facility_id, product_id, period_month, quantity): its
 * monthly production.</li>
 * </ul>
 */
@ApplicationModule(allowedDependencies = { "shared", "shared :: *", "places", "resources", "facility" })
package org.cleanprod.consumption;

import org.springframework.modulith.ApplicationModule;
