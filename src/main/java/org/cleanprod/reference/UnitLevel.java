package org.cleanprod.reference;

/** Levels of the administrative hierarchy; the district level ended on 1 July 2025. */
public enum UnitLevel {

	PROVINCE, DISTRICT, COMMUNE

}
