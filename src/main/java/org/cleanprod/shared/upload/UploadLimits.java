package org.cleanprod.shared.upload;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.cleanprod.shared.audit.AuditLog;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.web.StaleEditException;
import org.cleanprod.shared.web.InvalidFormException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * The limits of uploads and background jobs ({@link UploadLimit}), read from the
 * {@code upload_limit} table. They are read on every upload, so they are cached: an edit
 * on this node is seen at once, one on another node within {@link #REFRESH}. A limit
 * missing from the table has its default.
 */
@Service
public class UploadLimits {

	static final String ENTITY = "upload_limit";

	static final Duration REFRESH = Duration.ofSeconds(30);

	/** What a multipart request carries besides its file: boundaries, headers, fields. */
	static final long FORM_OVERHEAD = 65_536;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final long ceiling;

	private volatile Snapshot snapshot;

	UploadLimits(JdbcClient jdbc, AuditLog audit, Clock clock,
			@Value("${spring.servlet.multipart.max-file-size:50MB}") DataSize ceiling) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.ceiling = ceiling.toBytes();
	}

	/** The limits in force, each with its value. */
	public record Limits(Map<UploadLimit, Long> values) {

		public Limits {
			values = Map.copyOf(values);
		}

		public long get(UploadLimit limit) {
			return this.values.getOrDefault(limit, limit.defaultValue());
		}

		/** Refuses a value above the limit, naming the limit and its value. */
		public void check(UploadLimit limit, long actual) {
			long value = get(limit);
			if (actual > value) {
				throw new UploadLimitExceededException(limit, value);
			}
		}

		/** Every limit at its default, for code that runs without the database. */
		public static Limits defaults() {
			return new Limits(Map.of());
		}

	}

	/** A stored limit as the administration page shows it. */
	public record LimitRow(long id, UploadLimit limit, long value, long version, Instant updatedAt, String updatedBy) {

		public long shown() {
			return this.limit.shown(this.value);
		}

		public long shownDefault() {
			return this.limit.shown(this.limit.defaultValue());
		}

	}

	/** What the audit trail keeps of a limit. */
	record LimitSnapshot(String limit, long value) {
	}

	private record Snapshot(Limits limits, Instant loadedAt) {
	}

	public Limits current() {
		Snapshot current = this.snapshot;
		Instant now = this.clock.instant();
		if (current == null || current.loadedAt().plus(REFRESH).isBefore(now)) {
			Map<UploadLimit, Long> values = new EnumMap<>(UploadLimit.class);
			rows().forEach(row -> values.put(row.limit(), row.value()));
			current = new Snapshot(new Limits(values), now);
			this.snapshot = current;
		}
		return current.limits();
	}

	/**
	 * Refuses an upload larger than {@link UploadLimit#REQUEST_BYTES}, by its request's
	 * declared length and the file's size, before the file is read.
	 */
	public void checkSize(HttpServletRequest request, MultipartFile file) {
		Limits limits = current();
		long limit = limits.get(UploadLimit.REQUEST_BYTES);
		if (request.getContentLengthLong() > limit + FORM_OVERHEAD) {
			throw new UploadLimitExceededException(UploadLimit.REQUEST_BYTES, limit);
		}
		limits.check(UploadLimit.REQUEST_BYTES, file.getSize());
	}

	/**
	 * The largest file size an administrator may set: the server's static ceiling, above
	 * which no request reaches the application.
	 */
	public long ceiling() {
		return this.ceiling;
	}

	@Transactional(readOnly = true)
	public List<LimitRow> list() {
		return rows();
	}

	@Transactional(readOnly = true)
	public LimitRow find(UploadLimit limit) {
		return rows().stream()
			.filter(row -> row.limit() == limit)
			.findFirst()
			.orElseThrow(() -> new org.cleanprod.shared.web.NotFoundException(ENTITY, limit.name()));
	}

	/**
	 * Sets a limit to a value as entered (megabytes for sizes); a stale version is
	 * refused, a value out of the limit's range is a field error. True when the value
	 * changed; the audit trail keeps the change.
	 */
	@Transactional
	public boolean update(UploadLimit limit, long entered, Long version, CurrentUser actor) {
		LimitRow row = find(limit);
		StaleEditException.check(version, row.version());
		long max = (limit == UploadLimit.REQUEST_BYTES) ? Math.min(limit.max(), this.ceiling) : limit.max();
		long value;
		try {
			value = limit.stored(entered);
		}
		catch (ArithmeticException ex) {
			value = Long.MAX_VALUE;
		}
		if (value < limit.min() || value > max) {
			throw InvalidFormException.of("value", "upload.limits.range", limit.shown(limit.min()), limit.shown(max));
		}
		if (value == row.value()) {
			return false;
		}
		int updated = this.jdbc.sql("""
				UPDATE upload_limit SET limit_value = :value, version = version + 1, updated_at = :now, updated_by = :by
				WHERE id = :id AND version = :version
				""")
			.param("value", value)
			.param("now", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.param("by", actor.getUsername())
			.param("id", row.id())
			.param("version", row.version())
			.update();
		if (updated == 0) {
			throw new StaleEditException();
		}
		this.audit.updated(actor, ENTITY, row.id(), new LimitSnapshot(limit.name(), row.value()),
				new LimitSnapshot(limit.name(), value));
		changed();
		return true;
	}

	/**
	 * Forgets the cache now and again when the transaction ends, so that a value read
	 * meanwhile (before a rollback, or before the commit) is not kept.
	 */
	private void changed() {
		this.snapshot = null;
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					UploadLimits.this.snapshot = null;
				}
			});
		}
	}

	private List<LimitRow> rows() {
		return this.jdbc.sql("SELECT * FROM upload_limit ORDER BY id")
			.query((rs, n) -> known(rs.getString("limit_key")) ? new LimitRow(rs.getLong("id"),
					UploadLimit.valueOf(rs.getString("limit_key")), rs.getLong("limit_value"), rs.getLong("version"),
					(rs.getObject("updated_at", OffsetDateTime.class) != null)
							? rs.getObject("updated_at", OffsetDateTime.class).toInstant() : null,
					rs.getString("updated_by")) : null)
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	private static boolean known(String key) {
		for (UploadLimit limit : UploadLimit.values()) {
			if (limit.name().equals(key)) {
				return true;
			}
		}
		return false;
	}

}
