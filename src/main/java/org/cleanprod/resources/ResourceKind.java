package org.cleanprod.resources;

/** Energy carriers, water, and raw materials (which apply to some sectors only). */
public enum ResourceKind {

	ENERGY, WATER, MATERIAL;

	public String messageKey() {
		return "reference.resourceKind." + name();
	}

}
