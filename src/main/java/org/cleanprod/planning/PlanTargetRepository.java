package org.cleanprod.planning;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanTargetRepository extends JpaRepository<PlanTarget, Long> {

	List<PlanTarget> findByPlanIdOrderBySortOrderAscCodeAsc(long planId);

	Optional<PlanTarget> findByIdAndPlanId(long id, long planId);

}
