package org.cleanprod.places;

/** An industrial zone or cluster with its management board. */
public record ZoneView(long id, String name, String nameEn, ZoneKind kind, Long boardId, Long unitId, boolean active) {

}
