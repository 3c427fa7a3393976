package org.cleanprod.shared.excel;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Long imports run in the background: a job row records its progress and, at the end, its
 * report (as JSON) or the reason it failed, so the page that started it can show a
 * progress bar and the outcome from any application node.
 */
@Component
public class ImportJobs {

	/**
	 * How often progress is written, in rows: often enough for a smooth bar, rarely
	 * enough to cost nothing.
	 */
	static final long PROGRESS_EVERY = 5_000;

	private final JdbcClient jdbc;

	private final TaskExecutor executor;

	private final TransactionTemplate separate;

	private final JsonMapper json;

	private final Clock clock;

	ImportJobs(JdbcClient jdbc, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
			PlatformTransactionManager transactions, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.executor = executor;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.json = json;
		this.clock = clock;
	}

	public enum Mode {

		PREVIEW, COMMIT

	}

	public enum Status {

		RUNNING, DONE, FAILED

	}

	/**
	 * A job as its page shows it; {@code rowsTotal} is null until known. {@code context}
	 * is what the job works on, in a form the module that started it defines (its upload,
	 * say); {@code nextJobId} the job that continued it, if any (the commit of a
	 * preview).
	 */
	public record Job(String id, String kind, long ownerId, String fileName, Mode mode, Status status, long rowsDone,
			Long rowsTotal, String report, String errorKey, List<String> errorArguments, String context,
			String nextJobId, Instant createdAt, Instant finishedAt) {

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

	/** Reports how far a job has come. */
	@FunctionalInterface
	public interface Progress {

		void rows(long done, Long total);

	}

	/**
	 * Starts the work in the background and returns the job's id at once. The work
	 * receives a progress reporter and returns the report to store; an
	 * {@link ImportFileException} fails the job with its message key, any other exception
	 * with a generic one.
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
		this.executor.execute(() -> run(id, work));
		return id;
	}

	/**
	 * Starts the job that continues a finished one (the commit of its preview), with the
	 * same kind, owner, file and context, at most once: the first call claims the
	 * previous job and starts the work; any later call (a double click, a second tab)
	 * starts nothing and returns the id of the job the first one started. The claim is a
	 * conditional update of one row, so it holds across application nodes.
	 */
	public String startNext(Job previous, Mode mode, Function<Progress, Object> work) {
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
			insert(id, previous.kind(), previous.ownerId(), previous.fileName(), mode, previous.context());
			return true;
		});
		if (!Boolean.TRUE.equals(claimed)) {
			return this.jdbc.sql("SELECT next_job_id FROM import_job WHERE id = :id")
				.param("id", previous.id())
				.query(String.class)
				.single();
		}
		this.executor.execute(() -> run(id, work));
		return id;
	}

	private void insert(String id, String kind, long ownerId, String fileName, Mode mode, String context) {
		this.jdbc.sql("""
				INSERT INTO import_job (id, kind, owner_id, file_name, mode, status, context, created_at)
				VALUES (:id, :kind, :owner, :file, :mode, 'RUNNING', :context, :now)
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

	public Optional<Job> find(String id, String kind, long ownerId) {
		return this.jdbc.sql("SELECT * FROM import_job WHERE id = :id AND kind = :kind AND owner_id = :owner")
			.param("id", id)
			.param("kind", kind)
			.param("owner", ownerId)
			.query((rs, row) -> new Job(rs.getString("id"), rs.getString("kind"), rs.getLong("owner_id"),
					rs.getString("file_name"), Mode.valueOf(rs.getString("mode")),
					Status.valueOf(rs.getString("status")), rs.getLong("rows_done"),
					rs.getObject("rows_total", Long.class), rs.getString("report"), rs.getString("error_key"),
					arguments(rs.getString("error_arguments")), rs.getString("context"), rs.getString("next_job_id"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					instant(rs.getObject("finished_at", OffsetDateTime.class))))
			.optional();
	}

	/**
	 * Asks a running job to stop; it does at its next progress report, failing with
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

	private void run(String id, Function<Progress, Object> work) {
		long[] lastWritten = { 0 };
		Progress progress = (done, total) -> {
			if (done - lastWritten[0] >= PROGRESS_EVERY || (total != null && done >= total)) {
				lastWritten[0] = done;
				boolean cancelled = this.separate.execute(status -> {
					this.jdbc.sql("UPDATE import_job SET rows_done = :done, rows_total = :total WHERE id = :id")
						.param("done", done)
						.param("total", total)
						.param("id", id)
						.update();
					return this.jdbc.sql("SELECT cancel_requested FROM import_job WHERE id = :id")
						.param("id", id)
						.query(Boolean.class)
						.single();
				});
				if (cancelled) {
					throw new ImportFileException("import.error.cancelled");
				}
			}
		};
		String report = null;
		String error = null;
		String arguments = null;
		try {
			report = this.json.writeValueAsString(work.apply(progress));
		}
		catch (ImportFileException ex) {
			error = ex.messageKey();
			if (ex.arguments() != null && ex.arguments().length > 0) {
				arguments = this.json.writeValueAsString(Arrays.stream(ex.arguments()).map(String::valueOf).toList());
			}
		}
		catch (RuntimeException ex) {
			error = "error.server.detail";
			org.slf4j.LoggerFactory.getLogger(ImportJobs.class).error("Import job {} failed", id, ex);
		}
		String finalReport = report;
		String finalError = error;
		String finalArguments = arguments;
		this.separate.executeWithoutResult(status -> this.jdbc.sql("""
				UPDATE import_job SET status = :status, report = :report, error_key = :error,
				    error_arguments = :arguments, finished_at = :now
				WHERE id = :id
				""")
			.param("status", (finalError == null) ? Status.DONE.name() : Status.FAILED.name())
			.param("report", finalReport)
			.param("error", finalError)
			.param("arguments", finalArguments)
			.param("now", now())
			.param("id", id)
			.update());
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private List<String> arguments(String json) {
		return (json != null) ? Arrays.asList(this.json.readValue(json, String[].class)) : List.of();
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

}
