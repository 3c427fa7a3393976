package org.cleanprod.planning.web;

import org.cleanprod.planning.PlanningService;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.cleanprod.shared.excel.XlsxWriter;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.listing.PageQuery;

import org.springframework.stereotype.Component;

/**
 * The Excel export of the filtered plan list, in the user's language: one sheet of plans,
 * one of their targets, so the targets can be filtered and compared across plans.
 */
@Component
class PlanningExcel {

	private final PlanningService planning;

	private final PlanningPageModel pages;

	PlanningExcel(PlanningService planning, PlanningPageModel pages) {
		this.planning = planning;
		this.pages = pages;
	}

	void plans(PlanFilter filter, PageQuery order, CurrentUser user, Locale locale, OutputStream output) {
		boolean english = "en".equals(locale.getLanguage());
		List<PlanRow> rows = new ArrayList<>();
		this.planning.forEach(filter, order, user, rows::add);
		try (XlsxWriter writer = new XlsxWriter(output)) {
			writer.sheet(text("plans.export.sheet", locale),
					headers(locale, "plan.code", "plan.name", "plan.periodStartYear", "plan.periodEndYear",
							"plan.decisionNumber", "plan.decisionDate", "plan.issuer", "common.status",
							"plan.targetCount"),
					24);
			for (PlanRow row : rows) {
				writer.row(Arrays.asList(row.code(), row.name(english), row.periodStartYear(), row.periodEndYear(),
						row.decisionNumber(), row.decisionDate(), row.issuer(english),
						text(row.phase().messageKey(), locale), row.targetCount()));
			}
			writer.sheet(text("plans.export.targetSheet", locale),
					headers(locale, "plan.code", "plan.target.code", "plan.target.name", "plan.target.kind",
							"plan.target.unit", "plan.target.min", "plan.target.max", "plan.target.band",
							"plan.target.year", "plan.target.basis"),
					24);
			for (PlanRow row : rows) {
				this.planning.plan(row.id())
					.ifPresent(plan -> plan.targets()
						.forEach(target -> writer.row(Arrays.asList(plan.code(), target.code(), target.name(english),
								text(target.kind().messageKey(), locale), target.unit(), target.band().min(),
								target.band().max(), this.pages.band(target, locale), target.targetYear(),
								target.basis(english)))));
			}
		}
	}

	private List<String> headers(Locale locale, String... keys) {
		return Arrays.stream(keys).map(key -> text(key, locale)).toList();
	}

	private String text(String key, Locale locale) {
		return this.pages.text(key, locale);
	}

}
