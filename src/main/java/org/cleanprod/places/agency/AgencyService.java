package org.cleanprod.places.agency;

import org.cleanprod.shared.provenance.Provenance;
import org.cleanprod.places.AgencyKind;
import org.cleanprod.places.ZoneView;
import org.cleanprod.places.Places;
import org.cleanprod.shared.provenance.Sources;
import java.util.Comparator;
import java.util.List;

import org.cleanprod.shared.audit.AuditEntry;
import org.cleanprod.shared.audit.AuditLog;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.text.Texts;
import org.cleanprod.shared.web.StaleEditException;
import org.cleanprod.shared.web.InvalidFormException;
import org.cleanprod.shared.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Browsing and editing agencies. There are a few dozen at most, so lists are filtered in
 * memory. A board that still manages zones keeps its kind; every change writes its audit
 * row in the same transaction and refreshes {@link Places}.
 */
@Service
@Transactional(readOnly = true)
public class AgencyService {

	public static final String ENTITY = "agency";

	private final AgencyRepository agencies;

	private final Places reference;

	private final Sources catalog;

	private final AuditLog audit;

	AgencyService(AgencyRepository agencies, Places reference, Sources catalog, AuditLog audit) {
		this.agencies = agencies;
		this.reference = reference;
		this.catalog = catalog;
		this.audit = audit;
	}

	/** The agencies the filter selects, by kind and name. */
	public List<AgencyDetails> list(AgencyFilter filter, boolean withNotes) {
		String q = (filter.q() != null) ? Texts.fold(filter.q()) : null;
		return this.agencies.findAll()
			.stream()
			.filter(agency -> filter.kind() == null || agency.getKind() == filter.kind())
			.filter(agency -> filter.active() == null || agency.isActive() == filter.active())
			.filter(agency -> q == null || Texts
				.fold(agency.getCode() + " " + agency.getName() + " "
						+ ((agency.getNameEn() != null) ? agency.getNameEn() : ""))
				.contains(q))
			.sorted(Comparator.comparing(Agency::getKind).thenComparing(Agency::getName))
			.map(agency -> details(agency, withNotes))
			.toList();
	}

	AgencyDetails details(long id, boolean withNotes) {
		return details(load(id), withNotes);
	}

	AgencyForm form(long id) {
		return AgencyForm.of(load(id));
	}

	@Transactional
	long create(AgencyForm form, CurrentUser actor) {
		String code = form.code().strip();
		if (this.agencies.findByCode(code).isPresent()) {
			throw InvalidFormException.of("code", "reference.agency.error.codeTaken", code);
		}
		Agency agency = new Agency(code);
		agency.apply(form);
		this.agencies.saveAndFlush(agency);
		this.audit.created(actor, ENTITY, agency.getId(), AgencySnapshot.of(agency));
		this.reference.changed();
		return agency.getId();
	}

	/** Updates an agency; a stale version is refused. True when anything changed. */
	@Transactional
	boolean update(long id, AgencyForm form, CurrentUser actor) {
		Agency agency = load(id);
		StaleEditException.check(form.version(), agency.getVersion());
		InvalidFormException.Collector errors = new InvalidFormException.Collector();
		if (!agency.getCode().equals(form.code().strip())) {
			errors.reject("code", "reference.agency.error.codeFixed");
		}
		if (agency.getKind() == AgencyKind.ZONE_BOARD && form.kind() != AgencyKind.ZONE_BOARD
				&& !this.reference.zonesOfBoard(id).isEmpty()) {
			errors.reject("kind", "reference.agency.error.managesZones");
		}
		errors.throwIfAny();
		AgencySnapshot before = AgencySnapshot.of(agency);
		if (!agency.apply(form)) {
			return false;
		}
		this.agencies.saveAndFlush(agency);
		this.audit.updated(actor, ENTITY, id, before, AgencySnapshot.of(agency));
		this.reference.changed();
		return true;
	}

	List<AuditEntry> history(long id) {
		load(id);
		return this.audit.history(ENTITY, id);
	}

	private AgencyDetails details(Agency agency, boolean withNotes) {
		List<ZoneView> zones = this.reference.zones()
			.stream()
			.filter(zone -> zone.boardId() != null && zone.boardId().equals(agency.getId()))
			.toList();
		Provenance shown = agency.getProvenance().shownIf(withNotes);
		return new AgencyDetails(agency.getId(), agency.getCode(), agency.getName(), agency.getNameEn(),
				agency.getKind(), agency.isActive(), zones, this.catalog.sources(agency.getProvenance().sourceIds()),
				shown.confidence(), shown.confidenceEn(), shown.note(), shown.noteEn(), agency.getVersion());
	}

	private Agency load(long id) {
		return this.agencies.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

}
