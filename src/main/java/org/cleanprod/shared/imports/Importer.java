package org.cleanprod.shared.imports;

import org.cleanprod.shared.excel.ImportJobs;
import org.cleanprod.shared.excel.ImportSummary;
import org.cleanprod.shared.excel.ImportUploads;
import org.cleanprod.shared.security.Permission;

/**
 * One kind of import, supplied by the module that owns the records it writes: its
 * columns, row check and apply step sit behind {@link #run}, its place among the pages in
 * {@link #page}. {@link ImportFlow} does the rest the same way for every kind: upload,
 * background check with progress, preview, claimed commit, cancel.
 */
public interface Importer {

	/** The kind its uploads and jobs record. */
	String kind();

	/** What a user needs to import. */
	Permission permission();

	/**
	 * Reads and checks the upload, and in COMMIT mode, when no row is rejected and the
	 * numbers' style is confirmed, applies it and says so ({@code committed}). Runs in
	 * the flow's transaction, which rolls back unless the summary is committed, so that a
	 * preview or a rejected commit writes nothing. A file that cannot be read at all
	 * throws {@link org.cleanprod.shared.excel.ImportFileException}.
	 */
	ImportSummary run(ImportUploads.Upload upload, ImportRequest request, ImportJobs.Mode mode,
			ImportJobs.Progress progress);

	/** Where the pages of a job of this kind sit and lead. */
	ImportPage page(ImportRequest request);

}
