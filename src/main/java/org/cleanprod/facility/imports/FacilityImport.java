package org.cleanprod.facility.imports;

import org.cleanprod.facility.Enterprise;
import org.cleanprod.facility.EnterpriseRepository;
import org.cleanprod.facility.Facility;
import org.cleanprod.facility.FacilityRepository;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.facility.FacilityStatus;
import org.cleanprod.facility.Ownership;
import org.cleanprod.facility.TaxCode;
import org.cleanprod.facility.web.EnterpriseForm;
import org.cleanprod.facility.web.FacilityExcel;
import org.cleanprod.facility.web.FacilityForm;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cleanprod.places.Places;
import org.cleanprod.places.SectorView;
import org.cleanprod.places.UnitLevel;
import org.cleanprod.places.UnitView;
import org.cleanprod.places.ZoneView;
import org.cleanprod.shared.excel.ImportColumn;
import org.cleanprod.shared.excel.ImportFileException;
import org.cleanprod.shared.excel.ImportJobs;
import org.cleanprod.shared.excel.ImportSummary;
import org.cleanprod.shared.excel.ImportUploads;
import org.cleanprod.shared.excel.NumberReading;
import org.cleanprod.shared.excel.RowCheck;
import org.cleanprod.shared.excel.RowOutcome;
import org.cleanprod.shared.excel.RowResult;
import org.cleanprod.shared.excel.SheetCell;
import org.cleanprod.shared.excel.SheetReader;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.i18n.NumberStyle;
import org.cleanprod.shared.imports.ImportFlow;
import org.cleanprod.shared.imports.ImportPage;
import org.cleanprod.shared.imports.ImportRequest;
import org.cleanprod.shared.imports.Importer;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.Permission;
import org.cleanprod.shared.text.Texts;
import org.cleanprod.shared.web.Crumb;
import org.cleanprod.shared.web.InvalidFormException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Imports a facility list from XLSX or CSV, through the shared {@link ImportFlow}. A row
 * is matched to a facility by its code, or else by enterprise tax code and facility name,
 * so importing the same file twice changes nothing. Preview and commit run the very same
 * work; the flow rolls the preview back, and any commit with a rejected row, so that a
 * bad or cancelled file writes nothing.
 */
@Component
public class FacilityImport implements Importer {

	public static final String KIND = "facilities";

	private final FacilityService service;

	private final FacilityRepository facilities;

	private final EnterpriseRepository enterprises;

	private final Places reference;

	private final SheetReader reader;

	private final MessageSource messages;

	private final Clock clock;

	FacilityImport(FacilityService service, FacilityRepository facilities, EnterpriseRepository enterprises,
			Places reference, SheetReader reader, MessageSource messages, Clock clock) {
		this.service = service;
		this.facilities = facilities;
		this.enterprises = enterprises;
		this.reference = reference;
		this.reader = reader;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Permission permission() {
		return Permission.FACILITY_IMPORT;
	}

	@Override
	public ImportPage page(ImportRequest request) {
		return new ImportPage(
				List.of(Crumb.link("home.title", "/"), Crumb.link("facility.list.title", "/facilities"),
						Crumb.link("facility.import.title", "/facilities/import")),
				null, "/facilities/import",
				List.of(new ImportPage.Link("import-facilities", "facility.list.title", "/facilities")),
				"facility.name");
	}

	/**
	 * Checks the rows as they are read, so the file is never held whole as rows; the
	 * summary keeps counts and the first rows and errors in detail.
	 */
	@Override
	public ImportSummary run(ImportUploads.Upload upload, ImportRequest request, ImportJobs.Mode mode,
			ImportJobs.Progress progress) {
		Locale locale = request.locale();
		Map<String, String> headers = new LinkedHashMap<>();
		for (ImportColumn column : FacilityExcel.COLUMNS) {
			headers.put(column.key(), this.reader.header(column, locale));
		}
		progress.phase(ImportJobs.Phase.READING);
		// The employees written as text are read in one style: the chosen one, or the
		// one the whole file shows.
		NumberReading.Detector detector = new NumberReading.Detector();
		this.reader.stream(upload.fileName(), upload.content(), FacilityExcel.COLUMNS, row -> {
			SheetCell cell = row.cell(FacilityExcel.EMPLOYEES);
			if (cell != null && cell.kind() == SheetCell.Kind.TEXT) {
				detector.add(row.number(), cell.text());
			}
		});
		NumberReading numbers = detector.result(request.style(), NumberStyle.of(locale));
		Map<String, Integer> seen = new HashMap<>();
		Map<String, FirstSeen> enterprises = new HashMap<>();
		ImportSummary.Builder summary = new ImportSummary.Builder(upload.fileName()).numbers(numbers);
		long[] read = { 0 };
		this.reader.stream(upload.fileName(), upload.content(), FacilityExcel.COLUMNS, row -> {
			summary.add(importRow(new RowCheck(row, this.messages, locale, headers), numbers.style(), seen, enterprises,
					request.user()));
			progress.rows(++read[0], null);
		});
		if (read[0] == 0) {
			throw new ImportFileException("import.error.emptyFile");
		}
		return summary.build(mode == ImportJobs.Mode.COMMIT);
	}

	/** The first row of the file that named a key, with what it said about it. */
	private record FirstSeen(int row, String value) {
	}

	private RowResult importRow(RowCheck check, NumberStyle style, Map<String, Integer> seen,
			Map<String, FirstSeen> enterprises, CurrentUser user) {
		String code = check.text(FacilityExcel.CODE, 20, false);
		String taxCode = TaxCode.normalise(check.text(FacilityExcel.TAX_CODE, 14, true));
		String enterpriseName = check.text(FacilityExcel.ENTERPRISE, 300, true);
		Ownership ownership = ownership(check);
		String name = check.text(FacilityExcel.NAME, 300, true);
		String address = check.text(FacilityExcel.ADDRESS, 500, false);
		UnitView unit = unit(check);
		ZoneView zone = zone(check);
		String sector = sector(check);
		String products = check.text(FacilityExcel.PRODUCTS, 500, false);
		Integer employees = check.nonNegativeInteger(FacilityExcel.EMPLOYEES, style);
		boolean cpPotential = check.yesNo(FacilityExcel.CP_POTENTIAL);
		FacilityStatus status = status(check);
		String contactName = check.text(FacilityExcel.CONTACT, 200, false);
		String contactTitle = check.text(FacilityExcel.CONTACT_TITLE, 200, false);
		String contactPhone = check.text(FacilityExcel.CONTACT_PHONE, 30, false);
		String contactEmail = check.text(FacilityExcel.CONTACT_EMAIL, 200, false);
		if (taxCode != null && !TaxCode.isValid(taxCode)) {
			check.error(FacilityExcel.TAX_CODE, "enterprise.taxCode.invalid");
		}
		String label = (name != null) ? name : "";
		if (!check.isValid()) {
			return check.result(RowOutcome.REJECT, label);
		}
		String described = Texts.fold(enterpriseName) + "|" + ownership;
		FirstSeen first = enterprises.putIfAbsent(taxCode, new FirstSeen(check.row().number(), described));
		if (first != null && !first.value().equals(described)) {
			check.error(FacilityExcel.ENTERPRISE, "facility.import.enterpriseDiffers", first.row());
			return check.result(RowOutcome.REJECT, label);
		}
		String key = (code != null) ? "code:" + code : "name:" + taxCode + "|" + Texts.fold(name);
		Integer earlier = seen.putIfAbsent(key, check.row().number());
		if (earlier != null) {
			check.error((code != null) ? FacilityExcel.CODE : FacilityExcel.NAME, "import.error.duplicateInFile",
					earlier);
			return check.result(RowOutcome.REJECT, label);
		}

		// Codes and tax codes are resolved through the importer's scope: one outside it
		// reads
		// exactly as one that does not exist.
		Optional<Enterprise> enterprise = this.enterprises.findByTaxCode(taxCode)
			.filter(candidate -> this.service.isEnterpriseVisible(candidate.getId(), user));
		Optional<Facility> existing = (code != null)
				? this.facilities.findByCode(code)
					.filter(facility -> this.service.isFacilityVisible(facility.getId(), user))
				: enterprise.flatMap(found -> this.facilities.findByEnterpriseId(found.getId())
					.stream()
					.filter(facility -> Texts.fold(facility.getName()).equals(Texts.fold(name)))
					.filter(facility -> this.service.isFacilityVisible(facility.getId(), user))
					.findFirst());
		if (code != null && existing.isEmpty()) {
			check.error(FacilityExcel.CODE, "facility.import.unknownCode", code);
			return check.result(RowOutcome.REJECT, label);
		}
		if (enterprise.isEmpty() && !this.service.registersEnterprises(user)) {
			check.error(FacilityExcel.TAX_CODE, "facility.import.enterpriseNotInScope", taxCode);
			return check.result(RowOutcome.REJECT, label);
		}
		if (enterprise.isPresent() && !this.service.editsEnterprise(enterprise.get().getId(), user)
				&& !(Texts.fold(enterprise.get().getName()).equals(Texts.fold(enterpriseName))
						&& enterprise.get().getOwnership() == ownership)) {
			check.error(FacilityExcel.ENTERPRISE, "facility.import.enterpriseReadOnly");
			return check.result(RowOutcome.REJECT, label);
		}
		try {
			boolean enterpriseChanged = false;
			long enterpriseId;
			if (enterprise.isPresent()) {
				Enterprise current = enterprise.get();
				EnterpriseForm form = new EnterpriseForm(taxCode, enterpriseName, current.getNameEn(),
						current.getAddress(), ownership, current.getRepresentative(), current.getPhone(),
						current.getEmail(), current.getVersion());
				enterpriseChanged = this.service.editsEnterprise(current.getId(), user)
						&& this.service.updateEnterprise(current.getId(), form, user);
				enterpriseId = current.getId();
			}
			else {
				enterpriseId = this.service.registerEnterprise(
						new EnterpriseForm(taxCode, enterpriseName, null, null, ownership, null, null, null, null),
						user);
			}
			List<FacilityForm.ContactForm> contacts = contacts(existing, contactName, contactTitle, contactPhone,
					contactEmail);
			LocalDate closedOn = (status == FacilityStatus.CLOSED)
					? existing.map(Facility::getClosedOn).orElse(LocalDate.now(this.clock.withZone(Formats.ZONE)))
					: null;
			FacilityForm form = new FacilityForm(enterpriseId, name, address, unit.id(),
					(zone != null) ? zone.id() : null, sector, products, employees, cpPotential, status, closedOn,
					contacts, existing.map(Facility::getVersion).orElse(null));
			if (existing.isEmpty()) {
				this.service.register(form, user);
				return check.result(RowOutcome.INSERT, label);
			}
			boolean changed = this.service.update(existing.get().getId(), form, user);
			return check.result((changed || enterpriseChanged) ? RowOutcome.UPDATE : RowOutcome.UNCHANGED, label);
		}
		catch (InvalidFormException ex) {
			ex.problems()
				.forEach((field, problem) -> check.error(column(field), problem.messageKey(), problem.arguments()));
			return check.result(RowOutcome.REJECT, label);
		}
	}

	/** The row's contact takes the first place; the facility's other contacts stay. */
	private static List<FacilityForm.ContactForm> contacts(Optional<Facility> existing, String name, String title,
			String phone, String email) {
		List<FacilityForm.ContactForm> contacts = new ArrayList<>(existing.map(Facility::getContacts)
			.orElse(List.of())
			.stream()
			.map(contact -> new FacilityForm.ContactForm(contact.name(), contact.jobTitle(), contact.phone(),
					contact.email()))
			.toList());
		if (name != null) {
			FacilityForm.ContactForm first = new FacilityForm.ContactForm(name, title, phone, email);
			if (contacts.isEmpty()) {
				contacts.add(first);
			}
			else {
				contacts.set(0, first);
			}
		}
		return contacts;
	}

	private Ownership ownership(RowCheck check) {
		String text = check.text(FacilityExcel.OWNERSHIP, 100, true);
		if (text == null) {
			return null;
		}
		for (Ownership ownership : Ownership.values()) {
			if (matches(text, ownership.messageKey()) || ownership.name().equalsIgnoreCase(text)) {
				return ownership;
			}
		}
		check.error(FacilityExcel.OWNERSHIP, "import.error.unknown", text);
		return null;
	}

	private FacilityStatus status(RowCheck check) {
		String text = check.text(FacilityExcel.STATUS, 100, false);
		if (text == null) {
			return FacilityStatus.ACTIVE;
		}
		for (FacilityStatus status : FacilityStatus.values()) {
			if (matches(text, status.messageKey()) || status.name().equalsIgnoreCase(text)) {
				return status;
			}
		}
		check.error(FacilityExcel.STATUS, "import.error.unknown", text);
		return null;
	}

	/**
	 * A unit by GSO code, and by name when given; a code used by two units (codes were
	 * reused in 2025) names the one in force today. A facility placed in a unit that has
	 * ended is then refused by the registry, which names the unit's successors.
	 */
	private UnitView unit(RowCheck check) {
		String code = check.text(FacilityExcel.UNIT_CODE, 10, true);
		String name = check.text(FacilityExcel.UNIT_NAME, 200, false);
		if (code == null) {
			return null;
		}
		List<UnitView> candidates = this.reference.units()
			.stream()
			.filter(unit -> unit.level() == UnitLevel.COMMUNE && unit.code().equals(code))
			.filter(unit -> name == null || Texts.fold(unit.name()).equals(Texts.fold(name)))
			.toList();
		if (candidates.size() > 1) {
			// A code reused in 2025 names today's unit; the ended one is history only.
			LocalDate today = LocalDate.now(this.clock.withZone(Formats.ZONE));
			candidates = candidates.stream().filter(unit -> unit.isValidOn(today)).toList();
		}
		if (candidates.size() == 1) {
			return candidates.getFirst();
		}
		if (candidates.isEmpty()) {
			check.error((name != null) ? FacilityExcel.UNIT_NAME : FacilityExcel.UNIT_CODE,
					"facility.import.unknownUnit", code + ((name != null) ? " – " + name : ""));
		}
		else {
			check.error(FacilityExcel.UNIT_NAME, "facility.import.ambiguousUnit", code,
					String.join(", ", candidates.stream().map(UnitView::name).toList()));
		}
		return null;
	}

	private ZoneView zone(RowCheck check) {
		String text = check.text(FacilityExcel.ZONE, 300, false);
		if (text == null) {
			return null;
		}
		String folded = Texts.fold(text);
		Optional<ZoneView> zone = this.reference.zones()
			.stream()
			.filter(candidate -> Texts.fold(candidate.name()).equals(folded)
					|| (candidate.nameEn() != null && Texts.fold(candidate.nameEn()).equals(folded)))
			.findFirst();
		if (zone.isEmpty()) {
			check.error(FacilityExcel.ZONE, "import.error.unknown", text);
		}
		return zone.orElse(null);
	}

	private String sector(RowCheck check) {
		String text = check.text(FacilityExcel.SECTOR, 10, true);
		if (text == null) {
			return null;
		}
		String code = text.replaceFirst("^[Cc]\\s*", "");
		Optional<SectorView> sector = this.reference.sector(code).filter(SectorView::isDivision);
		if (sector.isEmpty()) {
			check.error(FacilityExcel.SECTOR, "import.error.unknown", text);
		}
		return sector.map(SectorView::code).orElse(null);
	}

	private boolean matches(String text, String messageKey) {
		String folded = Texts.fold(text);
		return folded.equals(Texts.fold(this.messages.getMessage(messageKey, null, Formats.VIETNAMESE)))
				|| folded.equals(Texts.fold(this.messages.getMessage(messageKey, null, Locale.ENGLISH)));
	}

	private static String column(String field) {
		return switch (field) {
			case "enterpriseId" -> FacilityExcel.TAX_CODE;
			case "unitId" -> FacilityExcel.UNIT_CODE;
			case "zoneId" -> FacilityExcel.ZONE;
			case "sectorCode" -> FacilityExcel.SECTOR;
			case "closedOn", "status" -> FacilityExcel.STATUS;
			case "taxCode" -> FacilityExcel.TAX_CODE;
			default -> FacilityExcel.NAME;
		};
	}

}
