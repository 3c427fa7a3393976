package org.cleanprod.places.zone;

import org.cleanprod.places.ZoneKind;
import java.math.BigDecimal;

/** The state of a zone as the audit trail records it and its history compares it. */
public record ZoneSnapshot(String name, String nameEn, ZoneKind kind, Long boardId, Long unitId, BigDecimal areaHa,
		String locationNote, String locationNoteEn, String note, String noteEn, boolean active) {

	static ZoneSnapshot of(IndustrialZone zone) {
		return new ZoneSnapshot(zone.getName(), zone.getNameEn(), zone.getKind(), zone.getBoardId(), zone.getUnitId(),
				(zone.getAreaHa() != null) ? zone.getAreaHa().stripTrailingZeros() : null, zone.getLocationNote(),
				zone.getLocationNoteEn(), zone.getProvenance().note(), zone.getProvenance().noteEn(), zone.isActive());
	}

}
