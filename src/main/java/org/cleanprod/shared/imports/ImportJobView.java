package org.cleanprod.shared.imports;

import org.cleanprod.shared.excel.ImportJobs;
import org.cleanprod.shared.excel.ImportSummary;

/**
 * An import job as its page shows it: the job with its progress, its summary once done
 * (null before), and what its importer says of its place among the pages.
 */
public record ImportJobView(ImportJobs.Job job, ImportSummary summary, ImportPage page) {

	public boolean isRunning() {
		return this.job.isRunning();
	}

	public boolean isFailed() {
		return this.job.status() == ImportJobs.Status.FAILED;
	}

	public boolean isPreview() {
		return this.job.mode() == ImportJobs.Mode.PREVIEW;
	}

	public boolean isCommitted() {
		return this.summary != null && this.summary.committed();
	}

	public String titleKey() {
		return isPreview() ? "import.job.previewTitle" : "import.job.commitTitle";
	}

	/** A checked file without rejected rows, not committed yet. */
	public boolean canCommit() {
		return isPreview() && this.summary != null && this.summary.isCommittable() && this.job.nextJobId() == null;
	}

	/**
	 * A finished job whose file was not written (a preview, a rejected commit, a failure)
	 * may be dropped.
	 */
	public boolean canCancel() {
		return !isRunning() && !isCommitted() && this.job.nextJobId() == null;
	}

	/** A preview of rejected rows, for which a corrected file may be uploaded. */
	public boolean offersCorrected() {
		return isPreview() && this.summary.rejected() > 0 && this.job.nextJobId() == null;
	}

	/** Where the numbers' style may be chosen again: a preview not continued yet. */
	public String recheckUrl() {
		return (isPreview() && !isCommitted() && this.job.nextJobId() == null) ? url() + "/style" : null;
	}

	/**
	 * What the job is doing: its phase once it names one (after reading, the checks in
	 * the database take a while of their own), else checking or writing.
	 */
	public String progressKey() {
		if (this.job.phase() != null) {
			return "import.phase." + this.job.phase().name();
		}
		return isPreview() ? "import.job.checking" : "import.job.writing";
	}

	/**
	 * Progress in percent while the rows are read and their total is known; null after (a
	 * later phase has no measure of its own) or when unknown.
	 */
	public Integer percent() {
		boolean reading = this.job.phase() == null || this.job.phase() == ImportJobs.Phase.READING;
		return reading ? this.job.percent() : null;
	}

	/**
	 * The width of the progress bar: the percentage, or full (and striped) when unknown.
	 */
	public int barWidth() {
		Integer percent = percent();
		return (percent != null) ? percent : 100;
	}

	public String url() {
		return ImportFlow.url(this.job.id());
	}

	/** The commit that followed this preview, when there is one. */
	public String nextUrl() {
		return (this.job.nextJobId() != null) ? ImportFlow.url(this.job.nextJobId()) : null;
	}

	public Object[] errorArguments() {
		return this.job.errorArguments().toArray();
	}

}
