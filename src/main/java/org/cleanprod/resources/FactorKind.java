package org.cleanprod.resources;

/**
 * What a conversion factor yields: energy content in GJ, tonnes of oil equivalent, tonnes
 * of CO2.
 */
public enum FactorKind {

	GJ, TOE, TCO2;

	public String messageKey() {
		return "reference.factorKind." + name();
	}

	/**
	 * The unit of what the factor yields, as written after a value: "GJ", "TOE", "t CO₂".
	 */
	public String unitKey() {
		return "reference.factorKind.unit." + name();
	}

}
