package org.cleanprod.reference;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndustrialZoneRepository extends JpaRepository<IndustrialZone, Long> {

}
