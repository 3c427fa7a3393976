package org.cleanprod.planning;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRepository extends JpaRepository<Plan, Long> {

	Optional<Plan> findByCode(String code);

}
