package org.cleanprod.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CpOptionRepository extends JpaRepository<CpOption, Long> {

	List<CpOption> findByAssessmentIdOrderByOptionNo(long assessmentId);

	Optional<CpOption> findByAssessmentIdAndOptionNo(long assessmentId, int optionNo);

	@Query("SELECT COALESCE(MAX(o.optionNo), 0) FROM CpOption o WHERE o.assessmentId = :assessmentId")
	int lastOptionNo(long assessmentId);

}
