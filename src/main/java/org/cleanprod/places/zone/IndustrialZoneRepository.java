package org.cleanprod.places.zone;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndustrialZoneRepository extends JpaRepository<IndustrialZone, Long> {

}
