package org.cleanprod.facility.web;

import org.cleanprod.facility.Contact;
import org.cleanprod.facility.FacilityFilter;
import org.cleanprod.facility.FacilityService;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.cleanprod.places.Places;
import org.cleanprod.places.UnitLevel;
import org.cleanprod.places.UnitView;
import org.cleanprod.shared.excel.ImportColumn;
import org.cleanprod.shared.excel.XlsxWriter;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.listing.PageQuery;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The columns of the facility import template and of the list export, in the user's
 * language. The template carries, besides its header, a sheet explaining each column and
 * sheets listing the administrative units, zones and sectors to choose from.
 */
@Component
public class FacilityExcel {

	public static final String CODE = "code";

	public static final String TAX_CODE = "taxCode";

	public static final String ENTERPRISE = "enterprise";

	public static final String OWNERSHIP = "ownership";

	public static final String NAME = "name";

	public static final String ADDRESS = "address";

	public static final String UNIT_CODE = "unitCode";

	public static final String UNIT_NAME = "unitName";

	public static final String ZONE = "zone";

	public static final String SECTOR = "sector";

	public static final String PRODUCTS = "products";

	public static final String EMPLOYEES = "employees";

	public static final String CP_POTENTIAL = "cpPotential";

	static final String DESIGNATED = "designated";

	public static final String STATUS = "status";

	public static final String CONTACT = "contact";

	public static final String CONTACT_TITLE = "contactTitle";

	public static final String CONTACT_PHONE = "contactPhone";

	public static final String CONTACT_EMAIL = "contactEmail";

	/** The import columns, in template order. */
	public static final List<ImportColumn> COLUMNS = List.of(ImportColumn.optional(CODE, "facility.column.code"),
			ImportColumn.required(TAX_CODE, "facility.column.taxCode"),
			ImportColumn.required(ENTERPRISE, "facility.column.enterprise"),
			ImportColumn.required(OWNERSHIP, "facility.column.ownership"),
			ImportColumn.required(NAME, "facility.column.name"),
			ImportColumn.optional(ADDRESS, "facility.column.address"),
			ImportColumn.required(UNIT_CODE, "facility.column.unitCode"),
			ImportColumn.optional(UNIT_NAME, "facility.column.unitName"),
			ImportColumn.optional(ZONE, "facility.column.zone"),
			ImportColumn.required(SECTOR, "facility.column.sector"),
			ImportColumn.optional(PRODUCTS, "facility.column.products"),
			ImportColumn.optional(EMPLOYEES, "facility.column.employees"),
			ImportColumn.optional(CP_POTENTIAL, "facility.column.cpPotential"),
			ImportColumn.optional(DESIGNATED, "facility.column.designated"),
			ImportColumn.optional(STATUS, "facility.column.status"),
			ImportColumn.optional(CONTACT, "facility.column.contact"),
			ImportColumn.optional(CONTACT_TITLE, "facility.column.contactTitle"),
			ImportColumn.optional(CONTACT_PHONE, "facility.column.contactPhone"),
			ImportColumn.optional(CONTACT_EMAIL, "facility.column.contactEmail"));

	private final FacilityService facilities;

	private final Places reference;

	private final MessageSource messages;

	FacilityExcel(FacilityService facilities, Places reference, MessageSource messages) {
		this.facilities = facilities;
		this.reference = reference;
		this.messages = messages;
	}

	/**
	 * Exports the filtered list in the template's columns, so an export can be edited and
	 * imported again.
	 */
	public void export(FacilityFilter filter, PageQuery order, CurrentUser user, Locale locale, OutputStream output) {
		boolean english = "en".equals(locale.getLanguage());
		try (XlsxWriter writer = new XlsxWriter(output)) {
			List<String> headers = new ArrayList<>(
					COLUMNS.stream().map(column -> text(column.headerKey(), locale)).toList());
			headers.add(text("facility.column.updatedAt", locale));
			writer.sheet(text("facility.export.sheet", locale), headers, 22);
			this.facilities.forEach(filter, order, user, english, row -> {
				UnitView unit = this.reference.unit(row.unitId()).orElseThrow();
				Contact contact = (row.contact() != null) ? row.contact() : new Contact(null, null, null, null);
				writer.row(Arrays.asList(row.code(), row.taxCode(), row.enterpriseName(),
						text(row.ownership().messageKey(), locale), row.name(), row.address(), unit.code(), unit.name(),
						row.zoneName(), row.sectorCode(), row.mainProducts(), row.employees(),
						yesNo(row.cpPotential(), locale), yesNo(row.designatedEnergyUser(), locale),
						text(row.status().messageKey(), locale), contact.name(), contact.jobTitle(), contact.phone(),
						contact.email(), Formats.dateTime(row.updatedAt())));
			});
		}
	}

	/**
	 * The import template: header, column guide, and the lists of units, zones and
	 * sectors.
	 */
	public void template(Locale locale, OutputStream output) {
		boolean english = "en".equals(locale.getLanguage());
		try (XlsxWriter writer = new XlsxWriter(output)) {
			writer.sheet(text("facility.template.sheet", locale),
					COLUMNS.stream()
						.map(column -> text(column.headerKey(), locale) + (column.required() ? "*" : ""))
						.toList(),
					22);
			writer.sheet(text("facility.template.guide", locale),
					List.of(text("facility.template.column", locale), text("facility.template.explanation", locale)),
					60);
			for (var column : COLUMNS) {
				writer.row(List.of(text(column.headerKey(), locale), text(column.headerKey() + ".help", locale)));
			}
			writer.sheet(text("facility.template.units", locale),
					List.of(text("facility.column.unitCode", locale), text("facility.column.unitName", locale),
							text("facility.template.parent", locale), text("facility.template.validFrom", locale),
							text("facility.template.validTo", locale)),
					30);
			this.reference.units()
				.stream()
				.filter(unit -> unit.level() == UnitLevel.COMMUNE)
				.forEach(
						unit -> writer.row(Arrays.asList(unit.code(), unit.name(),
								(unit.parentId() != null)
										? this.reference.unit(unit.parentId()).orElseThrow().name(english) : null,
								unit.validFrom(), unit.validTo())));
			writer.sheet(text("facility.template.zones", locale), List.of(text("facility.column.zone", locale)), 50);
			this.reference.zones().forEach(zone -> writer.row(List.of(zone.name())));
			writer.sheet(text("facility.template.sectors", locale),
					List.of(text("facility.column.sector", locale), text("common.name", locale)), 60);
			this.reference.divisions()
				.forEach(sector -> writer.row(List.of(sector.code(), english ? sector.nameEn() : sector.name())));
		}
	}

	private String yesNo(boolean value, Locale locale) {
		return text(value ? "common.yes" : "common.no", locale);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
