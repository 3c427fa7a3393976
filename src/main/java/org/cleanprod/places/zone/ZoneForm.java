package org.cleanprod.places.zone;

import org.cleanprod.places.ZoneKind;
import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.cleanprod.shared.security.InScope;
import org.cleanprod.shared.security.ReferenceKind;

/**
 * The editable fields of an industrial zone or cluster; its notes in Vietnamese and,
 * optionally, English.
 */
public record ZoneForm(@NotBlank @Size(max = 300) String name, @Size(max = 300) String nameEn, @NotNull ZoneKind kind,
		@InScope(ReferenceKind.AGENCY) Long boardId, @InScope(ReferenceKind.UNIT) Long unitId,
		@PositiveOrZero @DecimalMax("9999999999") BigDecimal areaHa, @Size(max = 500) String locationNote,
		@Size(max = 500) String locationNoteEn, @Size(max = 1000) String note, @Size(max = 1000) String noteEn,
		Boolean active, Long version) {

	static ZoneForm empty() {
		return new ZoneForm("", null, ZoneKind.ZONE, null, null, null, null, null, null, null, true, null);
	}

	static ZoneForm of(IndustrialZone zone) {
		return new ZoneForm(zone.getName(), zone.getNameEn(), zone.getKind(), zone.getBoardId(), zone.getUnitId(),
				zone.getAreaHa(), zone.getLocationNote(), zone.getLocationNoteEn(), zone.getProvenance().note(),
				zone.getProvenance().noteEn(), zone.isActive(), zone.getVersion());
	}

}
