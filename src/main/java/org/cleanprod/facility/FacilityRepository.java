package org.cleanprod.facility;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FacilityRepository extends JpaRepository<Facility, Long> {

	Optional<Facility> findByCode(String code);

	List<Facility> findByEnterpriseId(long enterpriseId);

}
