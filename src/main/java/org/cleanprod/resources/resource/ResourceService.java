package org.cleanprod.resources.resource;

import org.cleanprod.shared.provenance.Provenance;
import org.cleanprod.places.Places;
import org.cleanprod.places.SectorView;
import org.cleanprod.resources.CarrierGroup;
import org.cleanprod.resources.ResourceKind;
import org.cleanprod.resources.Resources;
import org.cleanprod.resources.factor.FactorService;
import org.cleanprod.shared.i18n.Bilingual;
import org.cleanprod.shared.provenance.Sources;
import org.cleanprod.shared.units.Decimals;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.cleanprod.shared.audit.AuditEntry;
import org.cleanprod.shared.audit.AuditLog;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.text.Texts;
import org.cleanprod.shared.units.Dimension;
import org.cleanprod.shared.units.MeasureUnit;
import org.cleanprod.shared.jdbc.Versions;
import org.cleanprod.shared.web.StaleEditException;
import org.cleanprod.shared.web.InvalidFormException;
import org.cleanprod.shared.web.NotFoundException;
import org.cleanprod.shared.listing.PageQuery;
import org.cleanprod.shared.listing.PageView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Browsing and editing resources: energy carriers, water and raw materials. There are a
 * few dozen, so lists are filtered, sorted and paged in memory from {@link Resources}'s
 * snapshot. Every change is checked as a whole, writes its audit row in the same
 * transaction and refreshes {@link Resources}.
 */
@Service
@Transactional(readOnly = true)
public class ResourceService {

	public static final String ENTITY = "resource";

	public static final Set<String> SORT_KEYS = Set.of("order", "code", "name", "kind", "group", "baseUnit");

	static final int DENSITY_SCALE = 6;

	private final ResourceRepository resources;

	private final FactorService factors;

	private final Resources reference;

	private final Places places;

	private final Sources catalog;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	ResourceService(ResourceRepository resources, FactorService factors, Resources reference, Places places,
			Sources catalog, AuditLog audit, JdbcClient jdbc) {
		this.resources = resources;
		this.factors = factors;
		this.reference = reference;
		this.places = places;
		this.catalog = catalog;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	PageView<ResourceRow> search(ResourceFilter filter, PageQuery query, boolean english) {
		PageQuery page = query.offering(SORT_KEYS, "order", false);
		List<ResourceRow> all = list(filter, page, english);
		int from = (int) Math.min(page.offset(), all.size());
		int to = Math.min(from + page.size(), all.size());
		return new PageView<>(all.subList(from, to), page, all.size());
	}

	/**
	 * Every resource the filter selects, in the list's order, for exports and the API.
	 */
	public List<ResourceRow> list(ResourceFilter filter, PageQuery order, boolean english) {
		Comparator<ResourceRow> comparator = comparator(order.offering(SORT_KEYS, "order", false).sort(), english);
		if (order.descending()) {
			comparator = comparator.reversed();
		}
		return this.reference.resources()
			.stream()
			.filter(filter::matches)
			.map(ResourceRow::of)
			.sorted(comparator.thenComparing(ResourceRow::sortOrder).thenComparing(ResourceRow::code))
			.toList();
	}

	/**
	 * A resource with its factors and sources; confidence and notes only
	 * {@code withNotes}.
	 */
	public ResourceDetails details(String code, boolean withNotes) {
		Resource resource = load(code);
		List<SectorView> sectors = sectors(code).stream()
			.flatMap(sector -> this.places.sector(sector).stream())
			.toList();
		Provenance shown = resource.getProvenance().shownIf(withNotes);
		return new ResourceDetails(resource.getCode(), resource.getKind(), resource.getCarrierGroup(),
				resource.getName(), resource.getNameEn(), MeasureUnitView.of(resource.getBaseUnit()),
				resource.getAcceptedUnits().stream().map(MeasureUnitView::of).toList(),
				Decimals.plain(resource.getDensity()), resource.isBiogenic(), resource.isActive(),
				resource.getSortOrder(), sectors, this.factors.factors(code, withNotes),
				this.catalog.sources(resource.getProvenance().sourceIds()), shown.confidence(), shown.confidenceEn(),
				shown.note(), shown.noteEn(), resource.getVersion());
	}

	public ResourceForm form(String code) {
		return ResourceForm.of(load(code), sectors(code));
	}

	/** Creates a resource; field errors are thrown together. */
	@Transactional
	String create(ResourceForm form, CurrentUser actor) {
		InvalidFormException.Collector errors = new InvalidFormException.Collector();
		String code = (form.code() != null) ? form.code().strip() : "";
		if (code.isEmpty()) {
			errors.reject("code", "reference.resource.error.codeRequired");
		}
		else if (this.resources.findByCode(code).isPresent()) {
			errors.reject("code", "reference.resource.error.codeTaken", code);
		}
		if (form.kind() == null) {
			errors.reject("kind", "reference.resource.error.kindRequired");
		}
		String group = group(form, errors);
		if (form.baseUnit() == null) {
			errors.reject("baseUnit", "reference.resource.error.baseUnitRequired");
		}
		checkDensity(form, errors);
		Bilingual.requireVietnamese(errors, "note", form.note(), form.noteEn());
		List<MeasureUnit> units = acceptedUnits(form, form.kind(), form.baseUnit(), errors);
		Set<String> sectors = sectors(form, form.kind(), errors);
		errors.throwIfAny();
		boolean biogenic = form.kind() == ResourceKind.ENERGY && Boolean.TRUE.equals(form.biogenic());
		Resource resource = new Resource(code, form.kind(), group, biogenic, form.baseUnit());
		resource.apply(form, units);
		this.resources.saveAndFlush(resource);
		replaceSectors(code, sectors);
		this.audit.created(actor, ENTITY, resource.getId(), ResourceSnapshot.of(resource, sectors));
		this.reference.changed();
		return code;
	}

	/**
	 * Updates a resource; a stale version is refused, a changed code too. The resource is
	 * locked like when a factor is added, so a unit cannot be dropped while a factor per
	 * that unit is being added. True when anything changed.
	 */
	@Transactional
	public boolean update(String code, ResourceForm form, CurrentUser actor) {
		Resource resource = this.resources.lockByCode(code).orElseThrow(() -> new NotFoundException(ENTITY, code));
		StaleEditException.check(form.version(), resource.getVersion());
		InvalidFormException.Collector errors = new InvalidFormException.Collector();
		if (form.code() != null && !form.code().isBlank() && !form.code().strip().equals(code)) {
			errors.reject("code", "reference.resource.error.codeFixed");
		}
		MeasureUnit base = (resource.getKind() == ResourceKind.MATERIAL && form.baseUnit() != null) ? form.baseUnit()
				: resource.getBaseUnit();
		List<MeasureUnit> units = acceptedUnits(form, resource.getKind(), base, errors);
		List<String> dropped = this.factors.unitsInUse(code)
			.stream()
			.filter(unit -> !units.isEmpty() && !units.contains(unit))
			.map(MeasureUnit::symbol)
			.toList();
		if (!dropped.isEmpty()) {
			errors.reject("acceptedUnits", "reference.resource.error.unitInUse", String.join(", ", dropped));
		}
		Set<String> sectors = sectors(form, resource.getKind(), errors);
		checkDensity(form, errors);
		Bilingual.requireVietnamese(errors, "note", form.note(), form.noteEn());
		errors.throwIfAny();
		Set<String> currentSectors = new LinkedHashSet<>(sectors(code));
		ResourceSnapshot before = ResourceSnapshot.of(resource, currentSectors);
		boolean fieldsChanged = resource.apply(form, units);
		boolean sectorsChanged = !currentSectors.equals(sectors);
		if (!fieldsChanged && !sectorsChanged) {
			return false;
		}
		if (fieldsChanged) {
			this.resources.saveAndFlush(resource);
		}
		else {
			// Sectors live in their own table: the resource's version still counts their
			// change.
			Versions.countChange(this.jdbc, "resource", resource.getId(), resource.getVersion());
		}
		if (sectorsChanged) {
			replaceSectors(code, sectors);
		}
		this.audit.updated(actor, ENTITY, resource.getId(), before, ResourceSnapshot.of(resource, sectors));
		this.reference.changed();
		return true;
	}

	/**
	 * The history of a resource and of its factors, newest first: factors are part of
	 * what a resource is.
	 */
	List<AuditEntry> history(String code) {
		Resource resource = load(code);
		List<AuditEntry> entries = new ArrayList<>(this.audit.history(ENTITY, resource.getId()));
		for (long factor : this.factors.ids(code)) {
			entries.addAll(this.audit.history(FactorService.ENTITY, factor));
		}
		entries.sort(Comparator.comparing(AuditEntry::occurredAt).thenComparing(AuditEntry::id).reversed());
		return entries;
	}

	/** The density column keeps six decimals (grams per litre are enough). */
	private static void checkDensity(ResourceForm form, InvalidFormException.Collector errors) {
		if (form.density() != null && form.density().stripTrailingZeros().scale() > DENSITY_SCALE) {
			errors.reject("density", "reference.factor.error.precision", DENSITY_SCALE);
		}
	}

	/**
	 * The carrier group a new resource gets: one of the energy groups for an energy
	 * carrier, WATER for water, none for a material.
	 */
	private static String group(ResourceForm form, InvalidFormException.Collector errors) {
		if (form.kind() == null) {
			return null;
		}
		return switch (form.kind()) {
			case ENERGY -> {
				if (form.carrierGroup() == null || form.carrierGroup() == CarrierGroup.WATER) {
					errors.reject("carrierGroup", "reference.resource.error.groupRequired");
					yield null;
				}
				yield form.carrierGroup().name();
			}
			case WATER -> CarrierGroup.WATER.name();
			case MATERIAL -> null;
		};
	}

	/**
	 * The accepted units, the base unit first, then in the usual order. A material's
	 * quantities add up only within one dimension; an energy carrier may mix mass and
	 * volume, which its density converts.
	 */
	private static List<MeasureUnit> acceptedUnits(ResourceForm form, ResourceKind kind, MeasureUnit base,
			InvalidFormException.Collector errors) {
		Set<MeasureUnit> ticked = EnumSet.noneOf(MeasureUnit.class);
		ticked.addAll(form.acceptedUnits());
		if (ticked.isEmpty()) {
			errors.reject("acceptedUnits", "reference.resource.error.unitsRequired");
			return List.of();
		}
		if (base != null && !ticked.contains(base)) {
			errors.reject("acceptedUnits", "reference.resource.error.baseNotAccepted");
		}
		Set<Dimension> dimensions = ticked.stream()
			.map(MeasureUnit::dimension)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Dimension.class)));
		if (kind == ResourceKind.MATERIAL && dimensions.size() > 1) {
			errors.reject("acceptedUnits", "reference.resource.error.oneDimension");
		}
		List<MeasureUnit> units = new ArrayList<>();
		if (base != null && ticked.contains(base)) {
			units.add(base);
		}
		ticked.stream().filter(unit -> unit != base).forEach(units::add);
		return units;
	}

	/** The divisions a material applies to; energy carriers and water apply to all. */
	private Set<String> sectors(ResourceForm form, ResourceKind kind, InvalidFormException.Collector errors) {
		Set<String> codes = form.sectorCodes()
			.stream()
			.map(Texts::blankToNull)
			.filter(code -> code != null)
			.collect(Collectors.toCollection(TreeSet::new));
		if (codes.isEmpty()) {
			return codes;
		}
		if (kind != ResourceKind.MATERIAL) {
			errors.reject("sectorCodes", "reference.resource.error.sectorsForMaterials");
		}
		else if (!codes.stream()
			.allMatch(code -> this.places.sector(code).filter(SectorView::isDivision).isPresent())) {
			errors.reject("sectorCodes", "reference.resource.error.sectorUnknown");
		}
		return codes;
	}

	private List<String> sectors(String code) {
		return this.jdbc.sql("SELECT sector_code FROM resource_sector WHERE resource_code = :code ORDER BY sector_code")
			.param("code", code)
			.query(String.class)
			.list();
	}

	private void replaceSectors(String code, Set<String> sectors) {
		this.jdbc.sql("DELETE FROM resource_sector WHERE resource_code = :code").param("code", code).update();
		for (String sector : sectors) {
			this.jdbc.sql("INSERT INTO resource_sector (resource_code, sector_code) VALUES (:code, :sector)")
				.param("code", code)
				.param("sector", sector)
				.update();
		}
	}

	private static Comparator<ResourceRow> comparator(String sort, boolean english) {
		Collator collator = Collator.getInstance(english ? Locale.ENGLISH : Formats.VIETNAMESE);
		return switch (sort) {
			case "code" -> Comparator.comparing(ResourceRow::code);
			case "name" -> Comparator.comparing((ResourceRow row) -> row.name(english), collator);
			case "kind" -> Comparator.comparing(ResourceRow::kind);
			case "group" ->
				Comparator.comparing(ResourceRow::carrierGroup, Comparator.nullsLast(Comparator.naturalOrder()));
			case "baseUnit" -> Comparator.comparing((ResourceRow row) -> row.baseUnit().symbol());
			default -> Comparator.comparingInt(ResourceRow::sortOrder);
		};
	}

	private Resource load(String code) {
		return this.resources.findByCode(code).orElseThrow(() -> new NotFoundException(ENTITY, code));
	}

}
