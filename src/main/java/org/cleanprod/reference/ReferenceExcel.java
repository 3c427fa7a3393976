package org.cleanprod.reference;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.cleanprod.shared.excel.XlsxWriter;
import org.cleanprod.shared.web.PageQuery;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Excel exports of the filtered unit and zone lists, in the user's language. The unit
 * export carries each unit's successors, so the 2025 reorganisation can be read from it.
 */
@Component
class ReferenceExcel {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final UnitService units;

	private final ZoneService zones;

	private final ReferenceService reference;

	private final MessageSource messages;

	ReferenceExcel(UnitService units, ZoneService zones, ReferenceService reference, MessageSource messages) {
		this.units = units;
		this.zones = zones;
		this.reference = reference;
		this.messages = messages;
	}

	void units(UnitFilter filter, PageQuery order, Locale locale, OutputStream output) {
		boolean english = ReferencePageModel.isEnglish(locale);
		try (XlsxWriter writer = new XlsxWriter(output)) {
			writer.sheet(text("reference.units.export.sheet", locale),
					headers(locale, "reference.unit.code", "reference.unit.name", "reference.unit.nameEn",
							"reference.unit.level", "reference.unit.type", "reference.unit.parent",
							"reference.unit.validFrom", "reference.unit.validTo", "reference.unit.successors"),
					22);
			this.units.forEach(filter, order,
					row -> writer.row(Arrays.asList(row.code(), row.name(), row.nameEn(),
							text(row.level().messageKey(), locale), row.unitType(), row.parentName(english),
							row.validFrom(), row.validTo(), successors(row.id(), english))));
		}
	}

	void zones(ZoneFilter filter, PageQuery order, Locale locale, OutputStream output) {
		boolean english = ReferencePageModel.isEnglish(locale);
		try (XlsxWriter writer = new XlsxWriter(output)) {
			writer.sheet(text("reference.zones.export.sheet", locale),
					headers(locale, "reference.zone.name", "reference.zone.nameEn", "reference.zone.kind",
							"reference.zone.board", "reference.zone.unit", "reference.zone.area",
							"reference.zone.active"),
					24);
			this.zones.forEach(filter, order, english,
					row -> writer.row(Arrays.asList(row.name(), row.nameEn(), text(row.kind().messageKey(), locale),
							row.boardName(english), row.unitLabel(), row.areaHa(),
							text(row.active() ? "common.yes" : "common.no", locale))));
		}
	}

	private String successors(long unitId, boolean english) {
		return this.reference.successors(unitId)
			.stream()
			.map(unit -> unit.name(english))
			.collect(Collectors.joining("; "));
	}

	private List<String> headers(Locale locale, String... keys) {
		return Arrays.stream(keys).map(key -> text(key, locale)).toList();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
