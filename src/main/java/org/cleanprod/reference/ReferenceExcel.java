package org.cleanprod.reference;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.cleanprod.shared.excel.XlsxWriter;
import org.cleanprod.shared.web.PageQuery;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Excel exports of the filtered unit, zone and resource lists, in the user's language.
 * The unit export carries each unit's successors, so the 2025 reorganisation can be read
 * from it; the resource export carries every version of the factors.
 */
@Component
class ReferenceExcel {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final UnitService units;

	private final ZoneService zones;

	private final ResourceService resources;

	private final FactorService factors;

	private final ReferenceService reference;

	private final MessageSource messages;

	ReferenceExcel(UnitService units, ZoneService zones, ResourceService resources, FactorService factors,
			ReferenceService reference, MessageSource messages) {
		this.units = units;
		this.zones = zones;
		this.resources = resources;
		this.factors = factors;
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

	/**
	 * The filtered resources, then every version of their factors on a second sheet, so
	 * the workbook shows which factor applied when; confidence and notes only
	 * {@code withNotes}.
	 */
	void resources(ResourceFilter filter, PageQuery order, boolean withNotes, Locale locale, OutputStream output) {
		boolean english = ReferencePageModel.isEnglish(locale);
		List<ResourceRow> rows = this.resources.list(filter, order, english);
		try (XlsxWriter writer = new XlsxWriter(output)) {
			writer.sheet(text("reference.resources.export.sheet", locale),
					headers(locale, "reference.resource.code", "reference.resource.name", "reference.resource.nameEn",
							"reference.resource.kind", "reference.resource.group", "reference.resource.baseUnit",
							"reference.resource.acceptedUnits", "reference.resource.density",
							"reference.resource.biogenic", "reference.resource.sectors", "reference.resource.active"),
					20);
			for (ResourceRow row : rows) {
				writer.row(Arrays.asList(row.code(), row.name(), row.nameEn(), text(row.kind().messageKey(), locale),
						(row.carrierGroup() != null) ? text(CarrierGroup.messageKey(row.carrierGroup()), locale) : null,
						text(row.baseUnit().messageKey(), locale),
						row.acceptedUnits()
							.stream()
							.map(unit -> text(unit.messageKey(), locale))
							.collect(Collectors.joining(", ")),
						row.densityTonnesPerCubicMetre(), yesNo(row.biogenic(), locale),
						String.join(", ", row.sectorCodes()), yesNo(row.active(), locale)));
			}
			List<String> factorHeaders = new ArrayList<>(
					headers(locale, "reference.resource.code", "reference.factor.id", "reference.factor.kind",
							"reference.factor.value", "reference.factor.valueMax", "reference.factor.perUnit",
							"reference.factor.validFrom", "reference.factor.validTo", "reference.factor.derived",
							"reference.factor.supersededBy", "common.source"));
			if (withNotes) {
				factorHeaders.addAll(headers(locale, "common.confidence", "common.note"));
			}
			writer.sheet(text("reference.factors.export.sheet", locale), factorHeaders, 16);
			for (ResourceRow row : rows) {
				for (FactorRow factor : this.factors.factors(row.code(), withNotes)) {
					List<Object> values = new ArrayList<>(Arrays.asList(row.code(), factor.id(),
							text(factor.kind().unitKey(), locale), factor.value(), factor.valueMax(),
							text(factor.perUnit().messageKey(), locale), factor.validFrom(), factor.validTo(),
							yesNo(factor.derived(), locale), factor.supersededBy(),
							factor.sources().stream().map(SourceView::id).collect(Collectors.joining(";"))));
					if (withNotes) {
						values.add(Bilingual.inLanguage(english, factor.confidence(), factor.confidenceEn()));
						values.add(Bilingual.inLanguage(english, factor.note(), factor.noteEn()));
					}
					writer.row(values);
				}
			}
		}
	}

	private String yesNo(boolean value, Locale locale) {
		return text(value ? "common.yes" : "common.no", locale);
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
