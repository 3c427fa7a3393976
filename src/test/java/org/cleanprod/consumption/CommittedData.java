package org.cleanprod.consumption;

import org.cleanprod.places.Places;
import java.util.ArrayList;
import java.util.List;

import org.cleanprod.facility.FacilityFixtures;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.shared.security.CurrentUser;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Facilities for tests whose work commits (imports run on other threads, the bulk API in
 * transactions of its own), and their removal afterwards: the facilities with their
 * enterprises, records, products, revisions and audit rows, and the users' uploads, jobs
 * and idempotency keys. Other tests list the facilities of the same ward page by page, so
 * committed facilities must not pile up in the shared test database. Tests have it
 * injected, a new one each (prototype scope), and call {@link #removeAll()} after each
 * test.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
final class CommittedData {

	private final JdbcClient jdbc;

	private final FacilityService facilities;

	private final Places reference;

	private final List<Long> created = new ArrayList<>();

	private final List<Long> users = new ArrayList<>();

	CommittedData(JdbcClient jdbc, FacilityService facilities, Places reference) {
		this.jdbc = jdbc;
		this.facilities = facilities;
		this.reference = reference;
	}

	/** A textile facility (sector 13) registered by the officer, removed afterwards. */
	long textileFacility(CurrentUser officer, String name) {
		long id = FacilityFixtures.facility(this.facilities, this.reference, officer, name, "13");
		this.created.add(id);
		return id;
	}

	/** A user whose uploads, jobs and keys are removed afterwards. */
	CurrentUser user(CurrentUser user) {
		this.users.add(user.id());
		return user;
	}

	/** How many monthly consumption and production records the facility has. */
	long records(long facility) {
		return this.jdbc
			.sql("SELECT (SELECT COUNT(*) FROM consumption_record WHERE facility_id = :id)"
					+ " + (SELECT COUNT(*) FROM production_record WHERE facility_id = :id)")
			.param("id", facility)
			.query(Long.class)
			.single();
	}

	void removeAll() {
		for (long user : this.users) {
			this.jdbc.sql("DELETE FROM import_upload WHERE owner_id = :user").param("user", user).update();
			this.jdbc.sql("DELETE FROM import_job WHERE owner_id = :user").param("user", user).update();
			this.jdbc.sql("DELETE FROM idempotency_key WHERE user_id = :user").param("user", user).update();
		}
		for (long facility : this.created) {
			Long enterprise = this.jdbc.sql("SELECT enterprise_id FROM facility WHERE id = :id")
				.param("id", facility)
				.query(Long.class)
				.optional()
				.orElse(null);
			for (String table : List.of("record_revision", "consumption_record", "production_record", "annual_record",
					"product")) {
				this.jdbc.sql("DELETE FROM " + table + " WHERE facility_id = :id").param("id", facility).update();
			}
			this.jdbc.sql("DELETE FROM audit_log WHERE entity_type = 'facility' AND entity_id = :id")
				.param("id", facility)
				.update();
			this.jdbc.sql("DELETE FROM facility WHERE id = :id").param("id", facility).update();
			if (enterprise != null) {
				this.jdbc.sql("DELETE FROM audit_log WHERE entity_type = 'enterprise' AND entity_id = :id")
					.param("id", enterprise)
					.update();
				this.jdbc
					.sql("DELETE FROM enterprise WHERE id = :id"
							+ " AND NOT EXISTS (SELECT 1 FROM facility WHERE enterprise_id = :id)")
					.param("id", enterprise)
					.update();
			}
		}
		this.created.clear();
		this.users.clear();
	}

}
