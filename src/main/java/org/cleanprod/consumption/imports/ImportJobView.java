package org.cleanprod.consumption.imports;

import org.cleanprod.facility.FacilityRow;
import org.cleanprod.shared.excel.ImportJobs;
import org.cleanprod.shared.excel.ImportSummary;

/**
 * A consumption import job as its page shows it: the job with its progress, its summary
 * once done (null before), and the facility of a single-facility import (null for several
 * facilities).
 */
public record ImportJobView(ImportJobs.Job job, ImportSummary summary, FacilityRow facility) {

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

	/**
	 * What the job is doing: its phase once it names one (after reading, the checks in
	 * the database take a while of their own), else checking or writing.
	 */
	public String progressKey() {
		if (this.job.phase() != null) {
			return "import.phase." + this.job.phase().name();
		}
		return isPreview() ? "consumption.importJob.checking" : "consumption.importJob.writing";
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
		return "/consumption/import/jobs/" + this.job.id();
	}

	/** The commit that followed this preview, when there is one. */
	public String nextUrl() {
		return (this.job.nextJobId() != null) ? "/consumption/import/jobs/" + this.job.nextJobId() : null;
	}

	/** The upload page again, for another file. */
	public String uploadUrl() {
		return "/consumption/import" + ((this.facility != null) ? "?facilityId=" + this.facility.id() : "");
	}

	/** The facility's records, for a single-facility import. */
	public String gridUrl() {
		return (this.facility != null) ? "/consumption/facilities/" + this.facility.id() : null;
	}

	public Object[] errorArguments() {
		return this.job.errorArguments().toArray();
	}

}
