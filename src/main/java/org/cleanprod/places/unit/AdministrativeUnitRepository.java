package org.cleanprod.places.unit;

import org.springframework.data.jpa.repository.JpaRepository;

interface AdministrativeUnitRepository extends JpaRepository<AdministrativeUnit, Long> {

}
