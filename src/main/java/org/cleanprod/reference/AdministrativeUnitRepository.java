package org.cleanprod.reference;

import org.springframework.data.jpa.repository.JpaRepository;

interface AdministrativeUnitRepository extends JpaRepository<AdministrativeUnit, Long> {

}
