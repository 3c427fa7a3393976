package org.cleanprod.resources.web;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.cleanprod.resources.CarrierGroup;
import org.cleanprod.resources.factor.FactorRow;
import org.cleanprod.resources.factor.FactorService;
import org.cleanprod.resources.resource.ResourceFilter;
import org.cleanprod.resources.resource.ResourceRow;
import org.cleanprod.resources.resource.ResourceService;
import org.cleanprod.shared.excel.XlsxWriter;
import org.cleanprod.shared.i18n.Bilingual;
import org.cleanprod.shared.i18n.Messages;
import org.cleanprod.shared.provenance.SourceView;
import org.cleanprod.shared.listing.PageQuery;

import org.springframework.stereotype.Component;

/**
 * The Excel export of the filtered resource list, in the user's language, with every
 * version of their factors.
 */
@Component
public class ResourceExcel {

	private final ResourceService resources;

	private final FactorService factors;

	private final Messages messages;

	ResourceExcel(ResourceService resources, FactorService factors, Messages messages) {
		this.resources = resources;
		this.factors = factors;
		this.messages = messages;
	}

	/**
	 * The filtered resources, then every version of their factors on a second sheet, so
	 * the workbook shows which factor applied when; confidence and notes only
	 * {@code withNotes}.
	 */
	public void resources(ResourceFilter filter, PageQuery order, boolean withNotes, Locale locale,
			OutputStream output) {
		boolean english = Messages.isEnglish(locale);
		List<ResourceRow> rows = this.resources.list(filter, order, english);
		try (XlsxWriter writer = new XlsxWriter(output)) {
			writer.sheet(text("reference.resources.export.sheet", locale),
					this.messages.headers(locale, "reference.resource.code", "reference.resource.name",
							"reference.resource.nameEn", "reference.resource.kind", "reference.resource.group",
							"reference.resource.baseUnit", "reference.resource.acceptedUnits",
							"reference.resource.density", "reference.resource.biogenic", "reference.resource.sectors",
							"reference.resource.active"),
					20);
			for (ResourceRow row : rows) {
				writer.row(Arrays.asList(row.code(), row.name(), row.nameEn(), text(row.kind().messageKey(), locale),
						(row.carrierGroup() != null) ? text(CarrierGroup.messageKey(row.carrierGroup()), locale) : null,
						text(row.baseUnit().messageKey(), locale),
						row.acceptedUnits()
							.stream()
							.map(unit -> text(unit.messageKey(), locale))
							.collect(Collectors.joining(", ")),
						row.densityTonnesPerCubicMetre(), this.messages.yesNo(row.biogenic(), locale),
						String.join(", ", row.sectorCodes()), this.messages.yesNo(row.active(), locale)));
			}
			List<String> factorHeaders = new ArrayList<>(
					this.messages.headers(locale, "reference.resource.code", "reference.factor.id",
							"reference.factor.kind", "reference.factor.value", "reference.factor.valueMax",
							"reference.factor.perUnit", "reference.factor.validFrom", "reference.factor.validTo",
							"reference.factor.derived", "reference.factor.supersededBy", "common.source"));
			if (withNotes) {
				factorHeaders.addAll(this.messages.headers(locale, "common.confidence", "common.note"));
			}
			writer.sheet(text("reference.factors.export.sheet", locale), factorHeaders, 16);
			for (ResourceRow row : rows) {
				for (FactorRow factor : this.factors.factors(row.code(), withNotes)) {
					List<Object> values = new ArrayList<>(Arrays.asList(row.code(), factor.id(),
							text(factor.kind().unitKey(), locale), factor.value(), factor.valueMax(),
							text(factor.perUnit().messageKey(), locale), factor.validFrom(), factor.validTo(),
							this.messages.yesNo(factor.derived(), locale), factor.supersededBy(),
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

	private String text(String key, Locale locale) {
		return this.messages.text(key, locale);
	}

}
