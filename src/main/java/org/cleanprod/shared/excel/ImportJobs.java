package org.cleanprod.shared.excel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import javax.sql.DataSource;

import org.cleanprod.shared.jdbc.Copy;
import org.cleanprod.shared.upload.UploadLimit;
import org.cleanprod.shared.upload.UploadLimitExceededException;
import org.cleanprod.shared.upload.UploadLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Long imports run in the background: a job row records its progress, its phase and, at
 * the end, its report (as JSON) or the reason it failed, so the page that started it can
 * show a progress bar and the outcome from any application node.
 * <p>
 * Every job ends: whatever the work throws (an {@link Error} such as
 * {@link OutOfMemoryError} included) fails it with a message. The node running a job
 * refreshes its heartbeat; a job whose heartbeat is older than {@link #STALE} was cut
 * short by a stop or a crash, and any node fails it, at start and every minute.
 * <p>
 * Cancel: a watcher on the node running a job reads its {@code cancel_requested} every
 * {@link #WATCH} and raises a flag the job checks at each progress report and phase; a
 * long SQL statement is cancelled from another connection ({@code pg_cancel_backend} on
 * PostgreSQL, {@code CANCEL_SESSION} on H2), the job's database session having been noted
 * inside its own transaction and forgotten, under a lock, before that transaction hands
 * its connection back to the pool. The work rolls back, so a cancelled job writes
 * nothing.
 */
@Component
public class ImportJobs {

	/**
	 * How often progress is written, in rows: often enough for a smooth bar, rarely
	 * enough to cost nothing.
	 */
	static final long PROGRESS_EVERY = 5_000;

	/** How often the node running jobs looks for cancel requests. */
	static final Duration WATCH = Duration.ofMillis(500);

	/** How often a running job's heartbeat is refreshed. */
	static final Duration HEARTBEAT = Duration.ofSeconds(10);

	/** A running job whose heartbeat is older than this is failed as interrupted. */
	static final Duration STALE = Duration.ofMinutes(2);

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	/**
	 * The job this thread runs, for checkpoints in code that gets no progress reporter.
	 */
	private static final ThreadLocal<Running> CURRENT = new ThreadLocal<>();

	private final JdbcClient jdbc;

	private final TaskExecutor executor;

	private final TransactionTemplate separate;

	private final JsonMapper json;

	private final Clock clock;

	private final UploadLimits limits;

	private final DataSource dataSource;

	/** The jobs running on this node, by id. */
	private final Map<String, Running> running = new ConcurrentHashMap<>();

	private volatile Boolean postgres;

	private volatile Instant lastHeartbeat = Instant.EPOCH;

	ImportJobs(JdbcClient jdbc, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
			PlatformTransactionManager transactions, JsonMapper json, Clock clock, UploadLimits limits,
			DataSource dataSource) {
		this.jdbc = jdbc;
		this.executor = executor;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.json = json;
		this.clock = clock;
		this.limits = limits;
		this.dataSource = dataSource;
	}

	public enum Mode {

		PREVIEW, COMMIT

	}

	public enum Status {

		RUNNING, DONE, FAILED

	}

	/** What a job is doing, as its page shows it. */
	public enum Phase {

		/** Reading and checking the rows of the file. */
		READING,
		/** Looking for rows that repeat others of the same file. */
		DUPLICATES,
		/** Comparing the rows with the stored records. */
		COMPARING,
		/** Writing the records. */
		WRITING

	}

	/**
	 * A job as its page shows it; {@code rowsTotal} is null until known, {@code phase}
	 * until the work names one. {@code context} is what the job works on, in a form the
	 * module that started it defines (its upload, say); {@code nextJobId} the job that
	 * continued it, if any (the commit of a preview).
	 */
	public record Job(String id, String kind, long ownerId, String fileName, Mode mode, Status status, long rowsDone,
			Long rowsTotal, String report, String errorKey, List<Object> errorArguments, String context,
			String nextJobId, Instant createdAt, Instant finishedAt, Phase phase) {

		public Job {
			errorArguments = (errorArguments != null) ? List.copyOf(errorArguments) : List.of();
		}

		public boolean isRunning() {
			return this.status == Status.RUNNING;
		}

		/** Progress in percent when the total is known, else null. */
		public Integer percent() {
			return (this.rowsTotal != null && this.rowsTotal > 0)
					? (int) Math.min(100, this.rowsDone * 100 / this.rowsTotal) : null;
		}

	}

	/**
	 * Reports how far a job has come; each report is also where a job that was asked to
	 * stop stops, with {@code import.error.cancelled}.
	 */
	@FunctionalInterface
	public interface Progress {

		void rows(long done, Long total);

		/** The job enters a phase; by default only the rows are reported. */
		default void phase(Phase phase) {
		}

	}

	/**
	 * Stops the job this thread runs, if its user asked: for long steps of code that has
	 * no progress reporter (unpacking a file, say). Does nothing outside a job.
	 */
	static void checkpoint() {
		Running job = CURRENT.get();
		if (job != null) {
			job.stopIfCancelled();
		}
	}

	/**
	 * Starts the work in the background and returns the job's id at once. The work
	 * receives a progress reporter and returns the report to store; an
	 * {@link ImportFileException} fails the job with its message key, anything else
	 * thrown with a generic one. No limit of running jobs applies (see
	 * {@link #startUpload}).
	 */
	public String start(String kind, long ownerId, String fileName, Mode mode, Function<Progress, Object> work) {
		return start(kind, ownerId, fileName, mode, null, work);
	}

	/**
	 * Starts a job as {@link #start(String, long, String, Mode, Function)} does,
	 * recording what it works on ({@code context}, at most 200 characters) so that its
	 * page, and the job that continues it, can find it again.
	 */
	public String start(String kind, long ownerId, String fileName, Mode mode, String context,
			Function<Progress, Object> work) {
		String id = UUID.randomUUID().toString();
		this.separate.executeWithoutResult(status -> insert(id, kind, ownerId, fileName, mode, context));
		launch(id, work);
		return id;
	}

	/**
	 * Starts the job of an uploaded file as
	 * {@link #start(String, long, String, Mode, String, Function)} does, unless its user
	 * already runs {@link UploadLimit#JOBS_PER_USER} jobs or all nodes together
	 * {@link UploadLimit#JOBS_TOTAL}: then it starts nothing and throws
	 * {@link UploadLimitExceededException}.
	 */
	public String startUpload(String kind, long ownerId, String fileName, Mode mode, String context,
			Function<Progress, Object> work) {
		String id = UUID.randomUUID().toString();
		this.separate.executeWithoutResult(status -> {
			capacity(ownerId);
			insert(id, kind, ownerId, fileName, mode, context);
		});
		launch(id, work);
		return id;
	}

	/**
	 * Starts the job that continues a finished one (the commit of its preview), with the
	 * same kind, owner, file and context, at most once: the first call claims the
	 * previous job and starts the work; any later call (a double click, a second tab)
	 * starts nothing and returns the id of the job the first one started. The claim is a
	 * conditional update of one row, so it holds across application nodes. The limits of
	 * running jobs apply as in {@link #startUpload}.
	 */
	public String startNext(Job previous, Mode mode, Function<Progress, Object> work) {
		return startNext(previous, mode, previous.context(), work);
	}

	/**
	 * Starts the job that continues a finished one as
	 * {@link #startNext(Job, Mode, Function)} does, with a context of its own (a preview
	 * checked again with another option, say).
	 */
	public String startNext(Job previous, Mode mode, String context, Function<Progress, Object> work) {
		String id = UUID.randomUUID().toString();
		Boolean claimed = this.separate.execute(status -> {
			int updated = this.jdbc
				.sql("UPDATE import_job SET next_job_id = :next WHERE id = :id AND next_job_id IS NULL")
				.param("next", id)
				.param("id", previous.id())
				.update();
			if (updated == 0) {
				return false;
			}
			capacity(previous.ownerId());
			insert(id, previous.kind(), previous.ownerId(), previous.fileName(), mode, context);
			return true;
		});
		if (!Boolean.TRUE.equals(claimed)) {
			return this.jdbc.sql("SELECT next_job_id FROM import_job WHERE id = :id")
				.param("id", previous.id())
				.query(String.class)
				.single();
		}
		launch(id, work);
		return id;
	}

	/**
	 * Refuses, as {@link #startUpload} would, a job its user could not start now: for a
	 * page to say so before the file is stored. {@link #startUpload} checks again.
	 */
	public void checkCapacity(long ownerId) {
		this.separate.executeWithoutResult(status -> capacity(ownerId));
	}

	/**
	 * Refuses a job beyond the limits of running jobs. The limit's row is locked first,
	 * so that two starts at once, on any nodes, count one after the other.
	 */
	private void capacity(long ownerId) {
		UploadLimits.Limits current = this.limits.current();
		this.jdbc.sql("SELECT limit_value FROM upload_limit WHERE limit_key = 'JOBS_TOTAL' FOR UPDATE")
			.query(Long.class)
			.optional();
		long mine = this.jdbc.sql("SELECT COUNT(*) FROM import_job WHERE status = 'RUNNING' AND owner_id = :owner")
			.param("owner", ownerId)
			.query(Long.class)
			.single();
		current.check(UploadLimit.JOBS_PER_USER, mine + 1);
		long all = this.jdbc.sql("SELECT COUNT(*) FROM import_job WHERE status = 'RUNNING'").query(Long.class).single();
		current.check(UploadLimit.JOBS_TOTAL, all + 1);
	}

	private void insert(String id, String kind, long ownerId, String fileName, Mode mode, String context) {
		this.jdbc.sql("""
				INSERT INTO import_job (id, kind, owner_id, file_name, mode, status, context, created_at, heartbeat_at)
				VALUES (:id, :kind, :owner, :file, :mode, 'RUNNING', :context, :now, :now)
				""")
			.param("id", id)
			.param("kind", kind)
			.param("owner", ownerId)
			.param("file", fileName)
			.param("mode", mode.name())
			.param("context", context)
			.param("now", now())
			.update();
	}

	private void launch(String id, Function<Progress, Object> work) {
		Running job = new Running(id);
		this.running.put(id, job);
		try {
			this.executor.execute(() -> run(job, work));
		}
		catch (RuntimeException ex) {
			this.running.remove(id);
			finish(id, null, "error.server.detail", null);
			throw ex;
		}
	}

	/**
	 * A running job of this kind, whoever started it: for work that must run once at a
	 * time.
	 */
	public Optional<String> running(String kind) {
		return this.jdbc.sql("SELECT id FROM import_job WHERE kind = :kind AND status = 'RUNNING' ORDER BY created_at")
			.param("kind", kind)
			.query(String.class)
			.list()
			.stream()
			.findFirst();
	}

	public Optional<Job> find(String id, String kind, long ownerId) {
		return find(id, ownerId).filter(job -> job.kind().equals(kind));
	}

	/** The job of this owner, whatever its kind. */
	public Optional<Job> find(String id, long ownerId) {
		return this.jdbc.sql("SELECT * FROM import_job WHERE id = :id AND owner_id = :owner")
			.param("id", id)
			.param("owner", ownerId)
			.query((rs, row) -> new Job(rs.getString("id"), rs.getString("kind"), rs.getLong("owner_id"),
					rs.getString("file_name"), Mode.valueOf(rs.getString("mode")),
					Status.valueOf(rs.getString("status")), rs.getLong("rows_done"),
					rs.getObject("rows_total", Long.class), rs.getString("report"), rs.getString("error_key"),
					arguments(rs.getString("error_arguments")), rs.getString("context"), rs.getString("next_job_id"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					instant(rs.getObject("finished_at", OffsetDateTime.class)),
					(rs.getString("phase") != null) ? Phase.valueOf(rs.getString("phase")) : null))
			.optional();
	}

	/**
	 * Asks a running job to stop; the node running it sees the request within
	 * {@link #WATCH} and the job stops within moments, in any phase, failing with
	 * {@code import.error.cancelled}, so that its work rolls back. False when the job is
	 * not the owner's or no longer runs.
	 */
	public boolean requestCancel(String id, String kind, long ownerId) {
		return this.separate.execute(status -> this.jdbc.sql("""
				UPDATE import_job SET cancel_requested = TRUE
				WHERE id = :id AND kind = :kind AND owner_id = :owner AND status = 'RUNNING'
				""").param("id", id).param("kind", kind).param("owner", ownerId).update()) > 0;
	}

	public <T> T report(Job job, Class<T> type) {
		return (job.report() != null) ? this.json.readValue(job.report(), type) : null;
	}

	/**
	 * Looks for cancel requests of the jobs running on this node, stops them, and
	 * refreshes their heartbeats; costs nothing while no job runs here.
	 */
	@Scheduled(fixedDelayString = "PT0.5S")
	void watch() {
		if (this.running.isEmpty()) {
			return;
		}
		List<String> ids = List.copyOf(this.running.keySet());
		try {
			List<String> cancelled = this.jdbc
				.sql("SELECT id FROM import_job WHERE id IN (:ids) AND cancel_requested = TRUE")
				.param("ids", ids)
				.query(String.class)
				.list();
			for (String id : cancelled) {
				Running job = this.running.get(id);
				if (job != null) {
					job.cancel();
				}
			}
			Instant now = this.clock.instant();
			if (!this.lastHeartbeat.plus(HEARTBEAT).isAfter(now)) {
				this.lastHeartbeat = now;
				this.separate.executeWithoutResult(status -> this.jdbc
					.sql("UPDATE import_job SET heartbeat_at = :now WHERE id IN (:ids) AND status = 'RUNNING'")
					.param("now", now())
					.param("ids", ids)
					.update());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not look for cancelled import jobs", ex);
		}
	}

	/**
	 * Fails the jobs that a stop or a crash cut short: running, not on this node, and
	 * with a heartbeat older than {@link #STALE}. Runs at start and every minute on every
	 * node; failing a job twice changes nothing.
	 */
	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT0S")
	public int failInterrupted() {
		OffsetDateTime before = now().minus(STALE);
		List<String> stale = this.jdbc.sql("""
				SELECT id FROM import_job WHERE status = 'RUNNING'
				AND COALESCE(heartbeat_at, created_at) < :before
				""").param("before", before).query(String.class).list();
		int failed = 0;
		for (String id : stale) {
			if (!this.running.containsKey(id)) {
				failed += this.separate.execute(status -> this.jdbc.sql("""
						UPDATE import_job SET status = 'FAILED', error_key = 'import.error.interrupted',
						    finished_at = :now
						WHERE id = :id AND status = 'RUNNING' AND COALESCE(heartbeat_at, created_at) < :before
						""").param("now", now()).param("id", id).param("before", before).update());
			}
		}
		return failed;
	}

	private void run(Running job, Function<Progress, Object> work) {
		String id = job.id;
		long[] lastWritten = { 0 };
		Phase[] lastPhase = { null };
		Progress progress = new Progress() {

			@Override
			public void rows(long done, Long total) {
				job.stopIfCancelled();
				job.noteSession();
				if (done - lastWritten[0] >= PROGRESS_EVERY || (total != null && done >= total)) {
					lastWritten[0] = done;
					ImportJobs.this.separate.executeWithoutResult(status -> ImportJobs.this.jdbc
						.sql("UPDATE import_job SET rows_done = :done, rows_total = :total WHERE id = :id")
						.param("done", done)
						.param("total", total)
						.param("id", id)
						.update());
				}
			}

			@Override
			public void phase(Phase phase) {
				job.stopIfCancelled();
				job.noteSession();
				if (phase != lastPhase[0]) {
					lastPhase[0] = phase;
					ImportJobs.this.separate.executeWithoutResult(
							status -> ImportJobs.this.jdbc.sql("UPDATE import_job SET phase = :phase WHERE id = :id")
								.param("phase", phase.name())
								.param("id", id)
								.update());
				}
			}

		};
		String report = null;
		String error = null;
		String arguments = null;
		CURRENT.set(job);
		try {
			Object result = work.apply(progress);
			job.stopIfCancelled();
			report = this.json.writeValueAsString(result);
		}
		catch (ImportFileException ex) {
			error = job.cancelled ? "import.error.cancelled" : ex.messageKey();
			if (!job.cancelled && ex.arguments() != null && ex.arguments().length > 0) {
				arguments = this.json.writeValueAsString(ex.arguments());
			}
		}
		catch (OutOfMemoryError ex) {
			error = "import.error.outOfMemory";
			log.error("Import job {} ran out of memory", id);
		}
		catch (Throwable ex) {
			if (job.cancelled) {
				error = "import.error.cancelled";
			}
			else {
				error = "error.server.detail";
				log.error("Import job {} failed", id, ex);
			}
		}
		finally {
			CURRENT.remove();
			job.forgetSession();
		}
		try {
			finish(id, report, error, arguments);
		}
		catch (Throwable ex) {
			log.error("Could not record the end of import job {}", id, ex);
		}
		finally {
			this.running.remove(id);
		}
	}

	private void finish(String id, String report, String error, String arguments) {
		this.separate.executeWithoutResult(status -> this.jdbc.sql("""
				UPDATE import_job SET status = :status, report = :report, error_key = :error,
				    error_arguments = :arguments, finished_at = :now
				WHERE id = :id
				""")
			.param("status", (error == null) ? Status.DONE.name() : Status.FAILED.name())
			.param("report", report)
			.param("error", error)
			.param("arguments", arguments)
			.param("now", now())
			.param("id", id)
			.update());
	}

	/**
	 * A job running on this node: whether it was asked to stop, and its database session
	 * while its transaction holds one.
	 */
	private final class Running {

		private final String id;

		private volatile boolean cancelled;

		/** Guards {@link #session}: it is cancelled, and forgotten, only under it. */
		private final Object lock = new Object();

		private Object session;

		private boolean noted;

		Running(String id) {
			this.id = id;
		}

		void stopIfCancelled() {
			if (this.cancelled) {
				throw new ImportFileException("import.error.cancelled");
			}
		}

		/**
		 * Notes the database session of the job's transaction, once, and forgets it
		 * before that transaction gives its connection back.
		 */
		void noteSession() {
			if (this.noted || !TransactionSynchronizationManager.isActualTransactionActive()) {
				return;
			}
			this.noted = true;
			Object session = ImportJobs.this.jdbc.sql(isPostgres() ? "SELECT pg_backend_pid()" : "SELECT SESSION_ID()")
				.query(Long.class)
				.single();
			synchronized (this.lock) {
				this.session = session;
			}
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCompletion() {
					forgetSession();
				}

				@Override
				public void afterCompletion(int status) {
					forgetSession();
				}
			});
		}

		void forgetSession() {
			synchronized (this.lock) {
				this.session = null;
			}
		}

		/**
		 * Raises the flag and cancels the statement the job's session runs, if any, from
		 * another connection; called again at each watch until the job ends.
		 */
		void cancel() {
			this.cancelled = true;
			synchronized (this.lock) {
				if (this.session != null) {
					Object session = this.session;
					try {
						ImportJobs.this.separate.executeWithoutResult(status -> ImportJobs.this.jdbc
							.sql(isPostgres() ? "SELECT pg_cancel_backend(CAST(:session AS INTEGER))"
									: "SELECT CANCEL_SESSION(CAST(:session AS INTEGER))")
							.param("session", session)
							.query(Boolean.class)
							.optional());
					}
					catch (RuntimeException ex) {
						log.warn("Could not cancel the statement of import job {}", this.id, ex);
					}
				}
			}
		}

	}

	private boolean isPostgres() {
		Boolean known = this.postgres;
		if (known == null) {
			known = Copy.isPostgres(this.dataSource);
			this.postgres = known;
		}
		return known;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private List<Object> arguments(String json) {
		return (json != null) ? Arrays.asList(this.json.readValue(json, Object[].class)) : List.of();
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

}
