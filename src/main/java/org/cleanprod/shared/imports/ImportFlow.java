package org.cleanprod.shared.imports;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.cleanprod.shared.excel.ImportFileException;
import org.cleanprod.shared.excel.ImportJobs;
import org.cleanprod.shared.excel.ImportJobs.Job;
import org.cleanprod.shared.excel.ImportJobs.Mode;
import org.cleanprod.shared.excel.ImportSummary;
import org.cleanprod.shared.excel.ImportUploads;
import org.cleanprod.shared.i18n.NumberStyle;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.upload.UploadLimits;
import org.cleanprod.shared.web.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * The one way a file is imported, whatever it holds: the file is stored and checked in a
 * background job whose page shows progress, then the preview; a commit is claimed on the
 * preview, so that a double click writes once, and runs as a job of its own; a preview
 * may be checked again with the numbers read in another style; a finished preview may be
 * dropped and a running job stopped. Nothing is written before the commit, and nothing at
 * all when a row is rejected. Each {@link Importer} supplies what its kind reads and
 * writes.
 */
@Component
public class ImportFlow {

	private final Map<String, Importer> importers;

	private final ImportUploads uploads;

	private final ImportJobs jobs;

	private final UploadLimits limits;

	private final TransactionTemplate transaction;

	ImportFlow(List<Importer> importers, ImportUploads uploads, ImportJobs jobs, UploadLimits limits,
			PlatformTransactionManager transactions) {
		this.importers = importers.stream().collect(Collectors.toUnmodifiableMap(Importer::kind, Function.identity()));
		this.uploads = uploads;
		this.jobs = jobs;
		this.limits = limits;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** The page of an import job. */
	public static String url(String jobId) {
		return "/imports/jobs/" + jobId;
	}

	/** What a cancel did. */
	public enum Cancelled {

		/** The job had been continued: the newer job is the one to show. */
		CONTINUED,
		/** The job runs and was asked to stop. */
		STOPPING,
		/** The job had finished and written its file: there is nothing to drop. */
		WRITTEN,
		/** The checked file was dropped, nothing having been written. */
		DROPPED

	}

	/**
	 * Stores the file and starts checking it in the background; returns the job's id at
	 * once. A file refused before any check (empty, of another type, too large, or beyond
	 * the user's running jobs) throws {@link ImportFileException}, nothing being stored.
	 */
	public String start(Importer importer, MultipartFile file, ImportRequest request, HttpServletRequest http)
			throws IOException {
		String fileName = fileName(file.getOriginalFilename());
		if (file.isEmpty()) {
			throw new ImportFileException("import.error.emptyFile");
		}
		String lower = fileName.toLowerCase(Locale.ROOT);
		if (!lower.endsWith(".xlsx") && !lower.endsWith(".csv")) {
			throw new ImportFileException("import.error.unsupportedType");
		}
		this.limits.checkSize(http, file);
		long owner = request.user().id();
		this.jobs.checkCapacity(owner);
		ImportUploads.Upload upload = this.uploads.store(importer.kind(), owner, fileName, file.getBytes());
		try {
			return this.jobs.startUpload(importer.kind(), owner, fileName, Mode.PREVIEW,
					Context.of(upload, request).encode(),
					progress -> run(importer, upload, request, Mode.PREVIEW, progress));
		}
		catch (ImportFileException ex) {
			this.uploads.delete(upload.id());
			throw ex;
		}
	}

	/** Whether the user may run an import of any kind: who may see import jobs at all. */
	public boolean importsAnything(Object principal) {
		return principal instanceof CurrentUser user
				&& this.importers.values().stream().anyMatch(importer -> user.can(importer.permission()));
	}

	/**
	 * A job of this user, of a kind of import the user may run; another user's job, or
	 * none, is not found.
	 */
	public Job job(String jobId, CurrentUser user) {
		Job job = this.jobs.find(jobId, user.id())
			.filter(found -> this.importers.containsKey(found.kind()))
			.orElseThrow(() -> new NotFoundException("import job", jobId));
		Importer importer = importer(job);
		if (!user.can(importer.permission())) {
			throw new AccessDeniedException(importer.permission() + " required");
		}
		return job;
	}

	/** The preview that replaced this one, checked again in another style, if any. */
	public Optional<String> recheckedAs(Job job, CurrentUser user) {
		if (job.mode() != Mode.PREVIEW || job.nextJobId() == null) {
			return Optional.empty();
		}
		return this.jobs.find(job.nextJobId(), user.id()).filter(next -> next.mode() == Mode.PREVIEW).map(Job::id);
	}

	public ImportJobView view(Job job, CurrentUser user, Locale locale) {
		return new ImportJobView(job, summary(job), page(job, user, locale));
	}

	/**
	 * Commits a checked file and returns the job to show: the commit, or the preview
	 * itself when it cannot be committed. The commit is claimed on the preview, so that a
	 * second click starts nothing and gets the first one's job; the upload is deleted in
	 * the commit's own transaction, so it goes exactly when the records are written, and
	 * stays when a row is rejected after all (the records changed since the preview). An
	 * upload gone meanwhile throws {@link ImportFileException}.
	 */
	public String commit(Job preview, CurrentUser user, Locale locale) {
		if (preview.nextJobId() != null) {
			return preview.nextJobId();
		}
		ImportSummary summary = summary(preview);
		if (preview.mode() != Mode.PREVIEW || summary == null || !summary.isCommittable()) {
			return preview.id();
		}
		Context context = Context.decode(preview.context());
		// The commit reads the file as its preview did: in the style the preview used,
		// confirmed by then (a preview that asks for a style is not committable).
		Context committed = (summary.numbers() != null) ? context.withStyle(summary.numbers().style()) : context;
		return continueWith(preview, Mode.COMMIT, committed, user, locale);
	}

	/**
	 * Checks a previewed file again with the numbers read in the style the user chose:
	 * how a file whose only evidence is ambiguous ("1.234") gets its style confirmed. A
	 * new preview of the same upload starts; the old one leads to it. A preview already
	 * committed, continued or still running is answered with itself.
	 */
	public String recheck(Job preview, NumberStyle style, CurrentUser user, Locale locale) {
		if (preview.nextJobId() != null) {
			return preview.nextJobId();
		}
		if (preview.mode() != Mode.PREVIEW || preview.isRunning()) {
			return preview.id();
		}
		return continueWith(preview, Mode.PREVIEW, Context.decode(preview.context()).withStyle(style), user, locale);
	}

	private String continueWith(Job previous, Mode mode, Context context, CurrentUser user, Locale locale) {
		Importer importer = importer(previous);
		ImportUploads.Upload upload = Optional.ofNullable(context.uploadId())
			.flatMap(id -> this.uploads.find(id, importer.kind(), user.id()))
			.orElseThrow(() -> new ImportFileException("import.error.expired"));
		ImportRequest request = context.request(user, locale);
		return this.jobs.startNext(previous, mode, context.encode(),
				progress -> run(importer, upload, request, mode, progress));
	}

	/**
	 * Drops a checked file, nothing having been written, or asks a running job to stop,
	 * which then writes nothing either.
	 */
	public Cancelled cancel(Job job, CurrentUser user) {
		if (job.nextJobId() != null) {
			return Cancelled.CONTINUED;
		}
		if (job.isRunning()) {
			this.jobs.requestCancel(job.id(), job.kind(), user.id());
			return Cancelled.STOPPING;
		}
		ImportSummary summary = summary(job);
		if (summary != null && summary.committed()) {
			return Cancelled.WRITTEN;
		}
		Optional.ofNullable(Context.decode(job.context()).uploadId())
			.flatMap(id -> this.uploads.find(id, job.kind(), user.id()))
			.ifPresent(upload -> this.uploads.delete(upload.id()));
		return Cancelled.DROPPED;
	}

	/**
	 * The work of a job, in the calling thread: in a transaction that rolls back unless
	 * the file is committed. A commit claims its upload first, so that the same upload is
	 * written once.
	 */
	public ImportSummary run(Importer importer, ImportUploads.Upload upload, ImportRequest request, Mode mode,
			ImportJobs.Progress progress) {
		return this.transaction.execute(status -> {
			if (mode == Mode.COMMIT && !this.uploads.delete(upload.id())) {
				throw new ImportFileException("import.error.expired");
			}
			ImportSummary summary = importer.run(upload, request, mode, progress);
			if (!summary.committed()) {
				status.setRollbackOnly();
			}
			return summary;
		});
	}

	/** The page of the job's kind, as its owner sees it. */
	public ImportPage page(Job job, CurrentUser user, Locale locale) {
		return importer(job).page(request(job, user, locale));
	}

	private ImportSummary summary(Job job) {
		return (job.status() == ImportJobs.Status.DONE) ? this.jobs.report(job, ImportSummary.class) : null;
	}

	private Importer importer(Job job) {
		return this.importers.get(job.kind());
	}

	private static ImportRequest request(Job job, CurrentUser user, Locale locale) {
		return Context.decode(job.context()).request(user, locale);
	}

	/** The name without any path a browser sent, short enough to store. */
	static String fileName(String original) {
		String name = (original != null) ? original.strip() : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		return (name.length() > 200) ? name.substring(name.length() - 200) : name;
	}

	/**
	 * What a job works on, kept in its row: the upload, the importer's target and the
	 * style of the numbers the user chose (null: detected from the file).
	 */
	record Context(String uploadId, String target, NumberStyle style) {

		static Context of(ImportUploads.Upload upload, ImportRequest request) {
			return new Context(upload.id(), request.target(), request.style());
		}

		String encode() {
			return this.uploadId + ";" + ((this.target != null) ? this.target : "") + ";"
					+ ((this.style != null) ? this.style.name() : "");
		}

		static Context decode(String context) {
			if (context == null) {
				return new Context(null, null, null);
			}
			String[] parts = context.split(";", -1);
			String target = (parts.length > 1 && !parts[1].isEmpty()) ? parts[1] : null;
			NumberStyle style = (parts.length > 2 && !parts[2].isEmpty()) ? NumberStyle.valueOf(parts[2]) : null;
			return new Context(parts[0], target, style);
		}

		Context withStyle(NumberStyle chosen) {
			return new Context(this.uploadId, this.target, chosen);
		}

		ImportRequest request(CurrentUser user, Locale locale) {
			return new ImportRequest(user, locale, this.target, this.style);
		}

	}

}
