package org.cleanprod.places.web;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.cleanprod.places.Places;
import org.cleanprod.places.unit.UnitFilter;
import org.cleanprod.places.unit.UnitService;
import org.cleanprod.places.zone.ZoneFilter;
import org.cleanprod.places.zone.ZoneService;
import org.cleanprod.shared.excel.XlsxWriter;
import org.cleanprod.shared.i18n.Messages;
import org.cleanprod.shared.listing.PageQuery;

import org.springframework.stereotype.Component;

/**
 * Excel exports of the filtered unit and zone lists, in the user's language. The unit
 * export carries each unit's successors, so the 2025 reorganisation can be read from it.
 */
@Component
public class PlacesExcel {

	private final UnitService units;

	private final ZoneService zones;

	private final Places places;

	private final Messages messages;

	PlacesExcel(UnitService units, ZoneService zones, Places places, Messages messages) {
		this.units = units;
		this.zones = zones;
		this.places = places;
		this.messages = messages;
	}

	public void units(UnitFilter filter, PageQuery order, Locale locale, OutputStream output) {
		boolean english = Messages.isEnglish(locale);
		try (XlsxWriter writer = new XlsxWriter(output)) {
			writer.sheet(this.messages.text("reference.units.export.sheet", locale),
					this.messages.headers(locale, "reference.unit.code", "reference.unit.name", "reference.unit.nameEn",
							"reference.unit.level", "reference.unit.type", "reference.unit.parent",
							"reference.unit.validFrom", "reference.unit.validTo", "reference.unit.successors"),
					22);
			this.units.forEach(filter, order,
					row -> writer.row(Arrays.asList(row.code(), row.name(), row.nameEn(),
							this.messages.text(row.level().messageKey(), locale), row.unitType(),
							row.parentName(english), row.validFrom(), row.validTo(), successors(row.id(), english))));
		}
	}

	public void zones(ZoneFilter filter, PageQuery order, Locale locale, OutputStream output) {
		boolean english = Messages.isEnglish(locale);
		try (XlsxWriter writer = new XlsxWriter(output)) {
			writer.sheet(this.messages.text("reference.zones.export.sheet", locale),
					this.messages.headers(locale, "reference.zone.name", "reference.zone.nameEn", "reference.zone.kind",
							"reference.zone.board", "reference.zone.unit", "reference.zone.area",
							"reference.zone.active"),
					24);
			this.zones.forEach(filter, order, english,
					row -> writer.row(Arrays.asList(row.name(), row.nameEn(),
							this.messages.text(row.kind().messageKey(), locale), row.boardName(english),
							row.unitLabel(), row.areaHa(), this.messages.yesNo(row.active(), locale))));
		}
	}

	private String successors(long unitId, boolean english) {
		return this.places.successors(unitId)
			.stream()
			.map(unit -> unit.name(english))
			.collect(Collectors.joining("; "));
	}

}
