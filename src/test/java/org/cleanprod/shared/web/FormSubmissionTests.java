package org.cleanprod.shared.web;

import org.junit.jupiter.api.Test;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormSubmissionTests {

	record NameForm(String name) {
	}

	private final BindingResult result = new BeanPropertyBindingResult(new NameForm("Dệt Bình Dương"), "form");

	private final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

	@Test
	void validFieldsRunTheActionAndReturnItsView() {
		assertThat(FormSubmission.submit(this.result, () -> "redirect:/done", () -> "form"))
			.isEqualTo("redirect:/done");
	}

	@Test
	void invalidFieldsShowTheFormWithoutRunningTheAction() {
		this.result.rejectValue("name", "NotBlank");
		assertThat(FormSubmission.submit(this.result, () -> {
			throw new AssertionError("action ran");
		}, () -> "form")).isEqualTo("form");
	}

	@Test
	void fieldErrorsOfTheServiceShowTheFormWithThem() {
		String view = FormSubmission.submit(this.result, () -> {
			throw InvalidFormException.of("name", "enterprise.error.nameTaken");
		}, () -> "form");
		assertThat(view).isEqualTo("form");
		assertThat(this.result.getFieldError("name").getCode()).isEqualTo("enterprise.error.nameTaken");
	}

	@Test
	void aBrokenRuleIsLeftToTheErrorPage() {
		assertThatThrownBy(() -> FormSubmission.submit(this.result, () -> {
			throw new BusinessException("common.staleEdit");
		}, () -> "form")).isInstanceOf(BusinessException.class);
		assertThat(this.result.hasErrors()).isFalse();
	}

	@Test
	void aBrokenRuleCanRejectTheWholeForm() {
		String view = FormSubmission.submitOrReject(this.result, () -> {
			throw new BusinessException("common.staleEdit");
		}, () -> "form");
		assertThat(view).isEqualTo("form");
		assertThat(this.result.getGlobalError().getCode()).isEqualTo("common.staleEdit");
	}

	@Test
	void anOptimisticLockFailureIsTheSameStaleEdit() {
		String view = FormSubmission.submitOrReject(this.result, () -> {
			throw new ObjectOptimisticLockingFailureException(NameForm.class, 7L);
		}, () -> "form");
		assertThat(view).isEqualTo("form");
		assertThat(this.result.getGlobalError().getCode()).isEqualTo("common.staleEdit");
		BindingResult fresh = new BeanPropertyBindingResult(new NameForm("Dệt Bình Dương"), "form");
		assertThatThrownBy(() -> FormSubmission.submit(fresh, () -> {
			throw new ObjectOptimisticLockingFailureException(NameForm.class, 7L);
		}, () -> "form")).isInstanceOf(StaleEditException.class);
	}

	@Test
	void aStaleVersionIsRefusedAndTheStoredOnePasses() {
		StaleEditException.check(3L, 3);
		assertThatThrownBy(() -> StaleEditException.check(2L, 3)).hasMessage("common.staleEdit");
		assertThatThrownBy(() -> StaleEditException.check(null, 3)).isInstanceOf(StaleEditException.class);
	}

	@Test
	void aCreationShowsTheNewRecordAndSaysSo() {
		String view = FormSubmission.created(this.result, this.redirect, () -> 42L, "facility.registered",
				"/facilities/", () -> "form");
		assertThat(view).isEqualTo("redirect:/facilities/42");
		assertThat(flash()).isEqualTo("facility.registered");
	}

	@Test
	void aRefusedCreationShowsTheFormWithoutAMessage() {
		this.result.rejectValue("name", "NotBlank");
		String view = FormSubmission.created(this.result, this.redirect, () -> {
			throw new AssertionError("action ran");
		}, "common.created", "/facilities/", () -> "form");
		assertThat(view).isEqualTo("form");
		assertThat(this.redirect.getFlashAttributes()).isEmpty();
	}

	@Test
	void aChangingEditSaysSaved() {
		String view = FormSubmission.saved(this.result, this.redirect, () -> true, "reference.unchanged",
				"/reference/units/7", () -> "form");
		assertThat(view).isEqualTo("redirect:/reference/units/7");
		assertThat(flash()).isEqualTo("common.saved");
	}

	@Test
	void anUnchangedEditSaysSo() {
		String view = FormSubmission.saved(this.result, this.redirect, () -> false, "reference.unchanged",
				"/reference/units/7", () -> "form");
		assertThat(view).isEqualTo("redirect:/reference/units/7");
		assertThat(flash()).isEqualTo("reference.unchanged");
	}

	@Test
	void anEditPageThatDoesNotTellUnchangedApartSaysSaved() {
		String view = FormSubmission.saved(this.result, this.redirect, () -> {
		}, "/facilities/7", () -> "form");
		assertThat(view).isEqualTo("redirect:/facilities/7");
		assertThat(flash()).isEqualTo("common.saved");
	}

	@Test
	void aStaleEditKeepsWhatWasTyped() {
		String view = FormSubmission.saved(this.result, this.redirect, () -> {
			throw new StaleEditException();
		}, "reference.unchanged", "/reference/units/7", () -> "form");
		assertThat(view).isEqualTo("form");
		assertThat(this.result.getGlobalError().getCode()).isEqualTo("common.staleEdit");
		assertThat(this.redirect.getFlashAttributes()).isEmpty();
	}

	private String flash() {
		return ((Flash) this.redirect.getFlashAttributes().get(Flash.ATTRIBUTE)).messageKey();
	}

}
