package org.cleanprod.facility;

/** The least other modules need to know of a facility to file records against it. */
public record FacilityRef(long id, String code, String sectorCode) {

}
