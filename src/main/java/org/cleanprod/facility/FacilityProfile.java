package org.cleanprod.facility;

/**
 * What the demo data of other modules is generated from: a facility's id, sector and
 * size.
 *
 * @param id the facility
 * @param sectorCode its VSIC sector; null when not known
 * @param employees its headcount; null when not known
 */
public record FacilityProfile(long id, String sectorCode, Integer employees) {

}
