package org.cleanprod.shared.units;

/** What a unit measures; quantities convert only within one dimension. */
public enum Dimension {

	ENERGY, MASS, VOLUME, AREA, LENGTH, COUNT

}
