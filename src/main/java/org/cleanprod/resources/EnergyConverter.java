package org.cleanprod.resources;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.cleanprod.shared.units.Dimension;
import org.cleanprod.shared.units.MeasureUnit;

import org.springframework.stereotype.Component;

/**
 * Converts a quantity of a resource into GJ, TOE and tonnes of CO2 with the factors valid
 * on a date, and says which factors it used, so that stored results can name the factor
 * versions behind them. A CO2 factor per GJ applies to the energy content; volumes
 * convert to mass with the resource's density. What cannot be converted is null, with the
 * reason among the problems.
 */
@Component
public class EnergyConverter {

	private static final MathContext PRECISION = MathContext.DECIMAL64;

	private final Resources reference;

	EnergyConverter(Resources reference) {
		this.reference = reference;
	}

	/**
	 * The result of one conversion; {@code biogenic} CO2 is reported apart from totals.
	 */
	public record Conversion(BigDecimal gj, BigDecimal toe, BigDecimal tco2, boolean biogenic, List<Long> factorIds,
			List<String> problems) {

		public Conversion {
			factorIds = List.copyOf(factorIds);
			problems = List.copyOf(problems);
		}

	}

	public Conversion convert(String resourceCode, BigDecimal quantity, MeasureUnit unit, LocalDate date) {
		ResourceView resource = this.reference.resource(resourceCode)
			.orElseThrow(() -> new IllegalArgumentException("Unknown resource " + resourceCode));
		List<Long> used = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		if (!resource.accepts(unit)) {
			problems.add("UNIT_NOT_ACCEPTED");
			return new Conversion(null, null, null, resource.biogenic(), used, problems);
		}
		BigDecimal gj = amount(resource, FactorKind.GJ, quantity, unit, date, used, problems);
		BigDecimal toe = amount(resource, FactorKind.TOE, quantity, unit, date, used, problems);
		BigDecimal tco2 = amount(resource, FactorKind.TCO2, quantity, unit, date, used, problems);
		if (tco2 == null && gj != null) {
			Optional<FactorView> perEnergy = factor(resource, FactorKind.TCO2, MeasureUnit.GJ, date);
			if (perEnergy.isPresent()) {
				used.add(perEnergy.get().id());
				tco2 = gj.multiply(perEnergy.get().value(), PRECISION);
				problems.remove("NO_FACTOR_TCO2");
			}
		}
		return new Conversion(gj, toe, tco2, resource.biogenic(), used, problems);
	}

	/**
	 * A quantity of a resource in another unit, across mass and volume with the
	 * resource's density; null when the density is not known.
	 */
	public BigDecimal toUnit(String resourceCode, BigDecimal quantity, MeasureUnit from, MeasureUnit to) {
		ResourceView resource = this.reference.resource(resourceCode)
			.orElseThrow(() -> new IllegalArgumentException("Unknown resource " + resourceCode));
		return inUnit(resource, quantity, from, to);
	}

	private BigDecimal amount(ResourceView resource, FactorKind kind, BigDecimal quantity, MeasureUnit unit,
			LocalDate date, List<Long> used, List<String> problems) {
		List<FactorView> factors = this.reference.factors(resource.code(), kind)
			.stream()
			.filter(factor -> factor.isValidOn(date))
			.filter(factor -> factor.perUnit().dimension() != Dimension.ENERGY || unit.dimension() == Dimension.ENERGY)
			.sorted(Comparator.comparing((FactorView factor) -> factor.perUnit() != unit)
				.thenComparing(factor -> factor.perUnit().dimension() != unit.dimension()))
			.toList();
		for (FactorView factor : factors) {
			BigDecimal inFactorUnit = inUnit(resource, quantity, unit, factor.perUnit());
			if (inFactorUnit != null) {
				used.add(factor.id());
				return inFactorUnit.multiply(factor.value(), PRECISION);
			}
		}
		problems.add(factors.isEmpty() ? "NO_FACTOR_" + kind : "NO_DENSITY");
		return null;
	}

	/**
	 * The quantity in the factor's unit, across mass and volume with the density; null if
	 * impossible.
	 */
	private static BigDecimal inUnit(ResourceView resource, BigDecimal quantity, MeasureUnit unit, MeasureUnit target) {
		if (unit.dimension() == target.dimension()) {
			return unit.convert(quantity, target);
		}
		BigDecimal density = resource.densityTonnesPerCubicMetre();
		if (density == null) {
			return null;
		}
		if (unit.dimension() == Dimension.VOLUME && target.dimension() == Dimension.MASS) {
			BigDecimal tonnes = unit.convert(quantity, MeasureUnit.CUBIC_METRE).multiply(density, PRECISION);
			return MeasureUnit.TONNE.convert(tonnes, target);
		}
		if (unit.dimension() == Dimension.MASS && target.dimension() == Dimension.VOLUME) {
			BigDecimal cubicMetres = unit.convert(quantity, MeasureUnit.TONNE).divide(density, PRECISION);
			return MeasureUnit.CUBIC_METRE.convert(cubicMetres, target);
		}
		return null;
	}

	private Optional<FactorView> factor(ResourceView resource, FactorKind kind, MeasureUnit perUnit, LocalDate date) {
		return this.reference.factors(resource.code(), kind)
			.stream()
			.filter(factor -> factor.perUnit() == perUnit && factor.isValidOn(date))
			.findFirst();
	}

}
