package org.cleanprod.shared.upload;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * A limit's new value as entered (megabytes for sizes), with the version the page was
 * opened at; the limit's own range is checked by {@link UploadLimits#update}.
 */
public record UploadLimitForm(@NotNull @Positive @Max(100_000_000_000L) Long value, Long version) {

	static UploadLimitForm of(UploadLimits.LimitRow row) {
		return new UploadLimitForm(row.shown(), row.version());
	}

}
