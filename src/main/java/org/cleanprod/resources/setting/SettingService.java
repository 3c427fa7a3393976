package org.cleanprod.resources.setting;

import org.cleanprod.shared.provenance.Provenance;
import org.cleanprod.resources.Resources;
import org.cleanprod.resources.SettingChanged;
import org.cleanprod.shared.provenance.Sources;
import java.math.BigDecimal;
import java.util.List;

import org.cleanprod.shared.audit.AuditEntry;
import org.cleanprod.shared.audit.AuditLog;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.web.StaleEditException;
import org.cleanprod.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reference settings: legal thresholds and conventions kept as data, read through
 * {@link Resources#setting}. Each edit writes its audit row in the same transaction and
 * refreshes {@link Resources}; a new value is announced ({@link SettingChanged}).
 */
@Service
@Transactional(readOnly = true)
public class SettingService {

	public static final String ENTITY = "reference_setting";

	private final ReferenceSettingRepository settings;

	private final Resources reference;

	private final Sources catalog;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	SettingService(ReferenceSettingRepository settings, Resources reference, Sources catalog, AuditLog audit,
			ApplicationEventPublisher events) {
		this.events = events;
		this.settings = settings;
		this.reference = reference;
		this.catalog = catalog;
		this.audit = audit;
	}

	/** Every setting by key; confidence and notes only {@code withNotes}. */
	List<SettingRow> list(boolean withNotes) {
		return this.settings.findAllByOrderByKeyAsc().stream().map(setting -> row(setting, withNotes)).toList();
	}

	SettingRow setting(String key, boolean withNotes) {
		return row(load(key), withNotes);
	}

	SettingForm form(String key) {
		return SettingForm.of(load(key));
	}

	/** Updates a setting; a stale version is refused. True when anything changed. */
	@Transactional
	boolean update(String key, SettingForm form, CurrentUser actor) {
		ReferenceSetting setting = load(key);
		StaleEditException.check(form.version(), setting.getVersion());
		form.checkLanguages();
		SettingSnapshot before = SettingSnapshot.of(setting);
		if (!setting.apply(form)) {
			return false;
		}
		this.settings.saveAndFlush(setting);
		this.audit.updated(actor, ENTITY, setting.getId(), before, SettingSnapshot.of(setting));
		this.reference.changed();
		if (new BigDecimal(before.value()).compareTo(new BigDecimal(setting.getValue())) != 0) {
			this.events.publishEvent(new SettingChanged(setting.getKey()));
		}
		return true;
	}

	List<AuditEntry> history(String key) {
		return this.audit.history(ENTITY, load(key).getId());
	}

	private SettingRow row(ReferenceSetting setting, boolean withNotes) {
		Provenance shown = setting.getProvenance().shownIf(withNotes);
		return new SettingRow(setting.getId(), setting.getKey(), setting.getName(), setting.getNameEn(),
				new BigDecimal(setting.getValue()), setting.getUnit(), setting.getUnitEn(),
				this.catalog.sources(setting.getProvenance().sourceIds()), shown.confidence(), shown.confidenceEn(),
				shown.note(), shown.noteEn(), setting.getVersion());
	}

	private ReferenceSetting load(String key) {
		return this.settings.findByKey(key).orElseThrow(() -> new NotFoundException(ENTITY, key));
	}

}
