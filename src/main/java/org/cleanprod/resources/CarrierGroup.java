package org.cleanprod.resources;

/**
 * The families of energy carriers that lists are filtered by; water forms its own group.
 * Stored by name in {@code resource.carrier_group}.
 */
public enum CarrierGroup {

	ELECTRICITY, COAL, OIL, GAS, BIOMASS, STEAM, WATER;

	public String messageKey() {
		return "reference.carrierGroup." + name();
	}

	/** The message key of a stored group name, which may be null. */
	public static String messageKey(String group) {
		return (group != null) ? "reference.carrierGroup." + group : "common.none";
	}

}
