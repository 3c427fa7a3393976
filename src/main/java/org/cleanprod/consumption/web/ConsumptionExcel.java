package org.cleanprod.consumption.web;

import java.io.OutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.cleanprod.facility.FacilityRow;
import org.cleanprod.resources.Resources;
import org.cleanprod.resources.ResourceView;
import org.cleanprod.shared.excel.ImportColumn;
import org.cleanprod.shared.excel.XlsxWriter;
import org.cleanprod.shared.units.MeasureUnit;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The columns of the consumption import, one value per row: facility code (only in the
 * multi-facility template), month, resource or product, quantity, unit, source. The
 * template of a facility comes filled with its resources and products for every month of
 * a year, so the user only types the quantities.
 */
@Component
public class ConsumptionExcel {

	public static final String FACILITY = "facility";

	public static final String MONTH = "month";

	public static final String RESOURCE = "resource";

	public static final String PRODUCT = "product";

	public static final String QUANTITY = "quantity";

	public static final String UNIT = "unit";

	public static final String SOURCE = "source";

	public static final List<ImportColumn> COLUMNS = List.of(
			ImportColumn.optional(FACILITY, "consumption.column.facility"),
			ImportColumn.required(MONTH, "consumption.column.month"),
			ImportColumn.optional(RESOURCE, "consumption.column.resource"),
			ImportColumn.optional(PRODUCT, "consumption.column.product"),
			ImportColumn.required(QUANTITY, "consumption.column.quantity"),
			ImportColumn.optional(UNIT, "consumption.column.unit"),
			ImportColumn.optional(SOURCE, "consumption.column.source"));

	private final Resources reference;

	private final MessageSource messages;

	ConsumptionExcel(Resources reference, MessageSource messages) {
		this.reference = reference;
		this.messages = messages;
	}

	/**
	 * A template: for one facility, rows for its resources and products of every month of
	 * the year; without a facility, the multi-facility header with an example row. Both
	 * carry a guide sheet and the list of resources with their units.
	 */
	public void template(FacilityRow facility, List<String> resources, List<ProductView> products, int year,
			Locale locale, OutputStream output) {
		boolean english = "en".equals(locale.getLanguage());
		try (XlsxWriter writer = new XlsxWriter(output)) {
			List<ImportColumn> columns = (facility != null) ? COLUMNS.subList(1, COLUMNS.size()) : COLUMNS;
			writer.sheet(text("consumption.template.sheet", locale),
					columns.stream()
						.map(column -> text(column.headerKey(), locale) + (column.required() ? "*" : ""))
						.toList(),
					20);
			if (facility != null) {
				for (int month = 1; month <= 12; month++) {
					String period = YearMonth.of(year, month).toString();
					for (String code : resources) {
						ResourceView resource = this.reference.resource(code).orElseThrow();
						writer.row(Arrays.asList(period, resource.name(english), null, null,
								unitText(resource.baseUnit(), locale)));
					}
					for (ProductView product : products) {
						writer.row(Arrays.asList(period, null, product.name(), null, unitText(product.unit(), locale)));
					}
				}
			}
			else {
				writer.row(Arrays.asList("CS-000001", YearMonth.of(year, 1).toString(),
						this.reference.resource("ELECTRICITY").orElseThrow().name(english), null, 125000,
						text(MeasureUnit.KWH.messageKey(), locale)));
			}
			writer.sheet(text("consumption.template.guide", locale),
					List.of(text("facility.template.column", locale), text("facility.template.explanation", locale)),
					70);
			for (ImportColumn column : COLUMNS) {
				writer.row(List.of(text(column.headerKey(), locale), text(column.headerKey() + ".help", locale)));
			}
			writer.sheet(text("consumption.template.resources", locale), List.of(text("common.code", locale),
					text("common.name", locale), text("consumption.template.units", locale)), 40);
			for (ResourceView resource : this.reference.resources()) {
				if (resource.active() && (facility == null || resource.appliesTo(facility.sectorCode()))) {
					List<String> units = new ArrayList<>();
					resource.acceptedUnits().forEach(unit -> units.add(text(unit.messageKey(), locale)));
					writer.row(List.of(resource.code(), resource.name(english), String.join("; ", units)));
				}
			}
		}
	}

	/**
	 * A unit as the template writes it: its name in the language, unless the name does
	 * not read back as the unit ("cái, chiếc" names two), then its symbol.
	 */
	private String unitText(MeasureUnit unit, Locale locale) {
		String name = text(unit.messageKey(), locale);
		return (MeasureUnit.parse(name).orElse(null) == unit) ? name : unit.symbol();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
