package org.cleanprod.places.zone;

import org.cleanprod.places.ZoneKind;
import java.math.BigDecimal;

/** An industrial zone or cluster as the list, its export and the API show it. */
public record ZoneRow(long id, String name, String nameEn, ZoneKind kind, Long boardId, String boardName,
		String boardNameEn, Long unitId, String unitLabel, BigDecimal areaHa, boolean active) {

	public String name(boolean english) {
		return (english && this.nameEn != null) ? this.nameEn : this.name;
	}

	public String boardName(boolean english) {
		return (english && this.boardNameEn != null) ? this.boardNameEn : this.boardName;
	}

}
