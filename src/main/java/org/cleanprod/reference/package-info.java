/**
 * Reference data: administrative units with validity dates and successions (the 2025
 * reorganisation), agencies and industrial-zone management boards, industrial zones and
 * clusters, VSIC sectors, each with its source and confidence. Others use
 * {@link ReferenceService} and its views.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared :: *" })
package org.cleanprod.reference;

import org.springframework.modulith.ApplicationModule;
