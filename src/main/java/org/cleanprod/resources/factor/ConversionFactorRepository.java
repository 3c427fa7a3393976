package org.cleanprod.resources.factor;

import org.cleanprod.resources.FactorKind;
import java.util.List;

import org.cleanprod.shared.units.MeasureUnit;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConversionFactorRepository extends JpaRepository<ConversionFactor, Long> {

	List<ConversionFactor> findByResourceCode(String resourceCode);

	List<ConversionFactor> findByResourceCodeAndKindAndPerUnit(String resourceCode, FactorKind kind,
			MeasureUnit perUnit);

	List<ConversionFactor> findBySupersededBy(Long supersededBy);

}
