/**
 * Resources, units and factors: energy carriers, water and materials with their measure
 * units, versioned conversion and emission factors, and reference settings such as legal
 * thresholds, each with its source and confidence. Others use {@link Resources},
 * {@link EnergyConverter} and their views and events; {@code resource}, {@code factor}
 * and {@code setting} keep each kind's records, pages and edits, {@code web} the
 * reference-data pages shared by them.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared :: *", "places" })
package org.cleanprod.resources;

import org.springframework.modulith.ApplicationModule;
