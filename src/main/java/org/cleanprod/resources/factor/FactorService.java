package org.cleanprod.resources.factor;

import org.cleanprod.shared.provenance.Provenance;
import org.cleanprod.resources.ConversionFactorAdded;
import org.cleanprod.resources.FactorKind;
import org.cleanprod.resources.ResourceKind;
import org.cleanprod.resources.Resources;
import org.cleanprod.resources.resource.MeasureUnitView;
import org.cleanprod.resources.resource.Resource;
import org.cleanprod.resources.resource.ResourceRepository;
import org.cleanprod.resources.resource.ResourceService;
import org.cleanprod.shared.i18n.Bilingual;
import org.cleanprod.shared.provenance.Sources;
import org.cleanprod.shared.units.Decimals;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.cleanprod.shared.audit.AuditLog;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.units.MeasureUnit;
import org.cleanprod.shared.web.StaleEditException;
import org.cleanprod.shared.web.InvalidFormException;
import org.cleanprod.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Versions of conversion factors. Stored results name the factors they used, so history
 * never changes silently: a factor is never deleted nor changed in value. A new year's
 * factor is added as a new version, and when it starts inside an open-ended one of the
 * same resource, kind and unit, that one is closed the day before, once the editor
 * agrees; any other overlap of validity is refused. A wrong value is corrected by a new
 * factor that supersedes it. Each change writes its audit rows in the same transaction
 * and refreshes {@link Resources}.
 */
@Service
@Transactional(readOnly = true)
public class FactorService {

	public static final String ENTITY = "conversion_factor";

	/** The most decimals a factor keeps (the column's scale). */
	public static final int MAX_SCALE = 12;

	/** Factors of one resource, grouped by kind and unit, the newest validity first. */
	private static final Comparator<ConversionFactor> ORDER = Comparator.comparing(ConversionFactor::getKind)
		.thenComparing(ConversionFactor::getPerUnit)
		.thenComparing(ConversionFactor::getValidFrom, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(ConversionFactor::getId, Comparator.reverseOrder());

	private final ConversionFactorRepository factors;

	private final ResourceRepository resources;

	private final Resources reference;

	private final Sources catalog;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	FactorService(ConversionFactorRepository factors, ResourceRepository resources, Resources reference,
			Sources catalog, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
		this.factors = factors;
		this.resources = resources;
		this.reference = reference;
		this.catalog = catalog;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/** What {@link #add} did: the new factor, and the one it closed or superseded. */
	public record Added(long id, Long closedId, Long supersededId) {
	}

	/**
	 * Every version of every factor of a resource, superseded ones included; confidence
	 * and notes only {@code withNotes}.
	 */
	public List<FactorRow> factors(String code, boolean withNotes) {
		List<ConversionFactor> all = this.factors.findByResourceCode(code).stream().sorted(ORDER).toList();
		Map<Long, Long> correctedBy = all.stream()
			.filter(factor -> factor.getSupersededBy() != null)
			.collect(Collectors.toMap(ConversionFactor::getSupersededBy, ConversionFactor::getId, (a, b) -> a));
		return all.stream().map(factor -> row(factor, correctedBy.get(factor.getId()), withNotes)).toList();
	}

	/**
	 * The factors used for new conversions on a date, of one kind or (null) all.
	 * @throws NotFoundException for an unknown resource
	 */
	public List<FactorRow> validOn(String code, FactorKind kind, LocalDate date, boolean withNotes) {
		loadResource(code);
		return factors(code, withNotes).stream()
			.filter(FactorRow::current)
			.filter(factor -> kind == null || factor.kind() == kind)
			.filter(factor -> factor.validOn(date))
			.toList();
	}

	FactorRow factor(String code, long id, boolean withNotes) {
		ConversionFactor factor = load(code, id);
		Long corrected = this.factors.findBySupersededBy(id)
			.stream()
			.map(ConversionFactor::getId)
			.findFirst()
			.orElse(null);
		return row(factor, corrected, withNotes);
	}

	FactorNoteForm noteForm(String code, long id) {
		return FactorNoteForm.of(load(code, id));
	}

	/** The ids of every factor of a resource, for its history. */
	public List<Long> ids(String code) {
		return this.factors.findByResourceCode(code).stream().map(ConversionFactor::getId).toList();
	}

	/**
	 * The units the resource's current factors are expressed per, which it must keep
	 * accepting; a CO2 factor per GJ applies to the energy content and needs no unit.
	 */
	public List<MeasureUnit> unitsInUse(String code) {
		return this.factors.findByResourceCode(code)
			.stream()
			.filter(factor -> factor.getSupersededBy() == null)
			.filter(factor -> !isPerEnergyContent(factor.getKind(), factor.getPerUnit()))
			.map(ConversionFactor::getPerUnit)
			.distinct()
			.toList();
	}

	/**
	 * The open-ended factor that adding the form's factor would close the day before it
	 * starts, if any: the page offers to close it.
	 */
	Optional<FactorRow> closable(String code, FactorForm form) {
		if (form.kind() == null || form.perUnit() == null || form.validFrom() == null || form.supersedes() != null) {
			return Optional.empty();
		}
		return siblings(code, form.kind(), form.perUnit(), null).stream()
			.filter(factor -> factor.overlaps(form.validFrom(), form.validTo()))
			.filter(factor -> closableBy(factor, form.validFrom()))
			.findFirst()
			.map(factor -> row(factor, null, true));
	}

	/**
	 * Adds a factor version, closing the open-ended one it starts inside when
	 * {@link FactorForm#closeOpen} agrees, or superseding the one it corrects, and
	 * announces it ({@link ConversionFactorAdded}). Field errors are thrown together.
	 */
	@Transactional
	public Added add(String code, FactorForm form, CurrentUser actor) {
		Resource resource = this.resources.lockByCode(code)
			.orElseThrow(() -> new NotFoundException(ResourceService.ENTITY, code));
		InvalidFormException.Collector errors = new InvalidFormException.Collector();
		check(resource, form, errors);
		errors.throwIfAny();
		ConversionFactor superseded = null;
		if (form.supersedes() != null) {
			superseded = this.factors.findById(form.supersedes())
				.filter(factor -> factor.getResourceCode().equals(code) && factor.getKind() == form.kind()
						&& factor.getPerUnit() == form.perUnit() && factor.getSupersededBy() == null)
				.orElse(null);
			if (superseded == null) {
				errors.reject("supersedes", "reference.factor.error.supersedesUnknown");
			}
			else if (!covers(form.validFrom(), form.validTo(), superseded)) {
				errors.reject("validFrom", "reference.factor.error.correctionCoverage",
						validity(superseded.getValidFrom()), validity(superseded.getValidTo()));
			}
		}
		ConversionFactor closing = null;
		Long supersededId = (superseded != null) ? superseded.getId() : null;
		for (ConversionFactor other : siblings(code, form.kind(), form.perUnit(), supersededId)) {
			if (!other.overlaps(form.validFrom(), form.validTo())) {
				continue;
			}
			if (form.supersedes() == null && closing == null && closableBy(other, form.validFrom())) {
				closing = other;
			}
			else {
				errors.reject("validFrom", "reference.factor.error.overlap", String.valueOf(other.getId()),
						validity(other.getValidFrom()), validity(other.getValidTo()));
			}
		}
		if (closing != null && !Boolean.TRUE.equals(form.closeOpen())) {
			errors.reject("closeOpen", "reference.factor.error.closeNotConfirmed", String.valueOf(closing.getId()),
					Formats.date(form.validFrom().minusDays(1)));
		}
		errors.throwIfAny();
		if (closing != null) {
			FactorSnapshot before = FactorSnapshot.of(closing);
			closing.closeOn(form.validFrom().minusDays(1));
			save(closing);
			this.audit.updated(actor, ENTITY, closing.getId(), before, FactorSnapshot.of(closing));
		}
		ConversionFactor factor = new ConversionFactor(code, form, this.clock.instant());
		this.factors.saveAndFlush(factor);
		this.audit.created(actor, ENTITY, factor.getId(), FactorSnapshot.of(factor));
		if (superseded != null) {
			FactorSnapshot before = FactorSnapshot.of(superseded);
			superseded.supersede(factor.getId());
			save(superseded);
			this.audit.updated(actor, ENTITY, superseded.getId(), before, FactorSnapshot.of(superseded));
		}
		this.reference.changed();
		Long closedId = (closing != null) ? closing.getId() : null;
		this.events.publishEvent(new ConversionFactorAdded(code, factor.getKind(), factor.getId(),
				factor.getValidFrom(), factor.getValidTo(), closedId, supersededId));
		return new Added(factor.getId(), closedId, supersededId);
	}

	/**
	 * Corrects a factor's sources, confidence and note; a stale version is refused. True
	 * when anything changed.
	 */
	@Transactional
	boolean annotate(String code, long id, FactorNoteForm form, CurrentUser actor) {
		ConversionFactor factor = load(code, id);
		StaleEditException.check(form.version(), factor.getVersion());
		InvalidFormException.Collector errors = new InvalidFormException.Collector();
		Bilingual.requireVietnamese(errors, form.confidence(), form.confidenceEn(), form.note(), form.noteEn());
		errors.throwIfAny();
		FactorSnapshot before = FactorSnapshot.of(factor);
		if (!factor.annotate(form.sourceIds(), form.confidence(), form.confidenceEn(), form.note(), form.noteEn())) {
			return false;
		}
		save(factor);
		this.audit.updated(actor, ENTITY, id, before, FactorSnapshot.of(factor));
		this.reference.changed();
		return true;
	}

	/** The rules of a factor on its own, before it is compared with the others. */
	private static void check(Resource resource, FactorForm form, InvalidFormException.Collector errors) {
		Bilingual.requireVietnamese(errors, form.confidence(), form.confidenceEn(), form.note(), form.noteEn());
		if (resource.getKind() != ResourceKind.ENERGY && form.kind() != FactorKind.TCO2) {
			errors.reject("kind", "reference.factor.error.energyOnly");
		}
		if (!resource.getAcceptedUnits().contains(form.perUnit()) && !isPerEnergyContent(form.kind(), form.perUnit())) {
			errors.reject("perUnit", "reference.factor.error.unitNotAccepted");
		}
		if (scale(form.value()) > MAX_SCALE) {
			errors.reject("value", "reference.factor.error.precision", MAX_SCALE);
		}
		if (form.valueMax() != null && scale(form.valueMax()) > MAX_SCALE) {
			errors.reject("valueMax", "reference.factor.error.precision", MAX_SCALE);
		}
		else if (form.valueMax() != null && form.valueMax().compareTo(form.value()) < 0) {
			errors.reject("valueMax", "reference.factor.error.maxBelowValue");
		}
		if (form.validFrom() != null && form.validTo() != null && form.validTo().isBefore(form.validFrom())) {
			errors.reject("validTo", "reference.factor.error.validTo");
		}
	}

	/** A CO2 factor per GJ, applied to the energy content whatever unit records use. */
	private static boolean isPerEnergyContent(FactorKind kind, MeasureUnit unit) {
		return kind == FactorKind.TCO2 && unit == MeasureUnit.GJ;
	}

	/** An open-ended factor that started before the given day can end the day before. */
	private static boolean closableBy(ConversionFactor factor, LocalDate start) {
		return factor.getValidTo() == null && start != null
				&& (factor.getValidFrom() == null || factor.getValidFrom().isBefore(start));
	}

	/**
	 * Whether a correction's validity covers the factor it corrects, so that no date
	 * loses its factor.
	 */
	private static boolean covers(LocalDate from, LocalDate to, ConversionFactor corrected) {
		boolean start = from == null || (corrected.getValidFrom() != null && !from.isAfter(corrected.getValidFrom()));
		boolean end = to == null || (corrected.getValidTo() != null && !to.isBefore(corrected.getValidTo()));
		return start && end;
	}

	/**
	 * The current factors of a resource, kind and unit, less the one being corrected,
	 * oldest first, so that a refusal names the earliest overlap.
	 */
	private List<ConversionFactor> siblings(String code, FactorKind kind, MeasureUnit unit, Long corrected) {
		return this.factors.findByResourceCodeAndKindAndPerUnit(code, kind, unit)
			.stream()
			.filter(factor -> factor.getSupersededBy() == null)
			.filter(factor -> !Objects.equals(factor.getId(), corrected))
			.sorted(Comparator
				.comparing(ConversionFactor::getValidFrom, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing(ConversionFactor::getId))
			.toList();
	}

	private void save(ConversionFactor factor) {
		this.factors.saveAndFlush(factor);
	}

	private FactorRow row(ConversionFactor factor, Long supersedes, boolean withNotes) {
		Provenance shown = factor.getProvenance().shownIf(withNotes);
		return new FactorRow(factor.getId(), factor.getResourceCode(), factor.getKind(),
				MeasureUnitView.of(factor.getPerUnit()), Decimals.plain(factor.getValue()),
				Decimals.plain(factor.getValueMax()), factor.getValidFrom(), factor.getValidTo(), factor.isDerived(),
				this.catalog.sources(factor.getProvenance().sourceIds()), shown.confidence(), shown.confidenceEn(),
				shown.note(), shown.noteEn(), factor.getSupersededBy(), supersedes, factor.getCreatedAt());
	}

	/** A validity end as messages show it: the date, or "…" when open. */
	private static String validity(LocalDate date) {
		return (date != null) ? Formats.date(date) : "…";
	}

	private static int scale(BigDecimal value) {
		return (value != null) ? Math.max(0, value.stripTrailingZeros().scale()) : 0;
	}

	private Resource loadResource(String code) {
		return this.resources.findByCode(code).orElseThrow(() -> new NotFoundException(ResourceService.ENTITY, code));
	}

	private ConversionFactor load(String code, long id) {
		loadResource(code);
		return this.factors.findById(id)
			.filter(factor -> factor.getResourceCode().equals(code))
			.orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

}
