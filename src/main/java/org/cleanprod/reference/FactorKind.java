package org.cleanprod.reference;

/**
 * What a conversion factor yields: energy content in GJ, tonnes of oil equivalent, tonnes
 * of CO2.
 */
public enum FactorKind {

	GJ, TOE, TCO2

}
