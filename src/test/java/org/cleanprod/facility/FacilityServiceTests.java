package org.cleanprod.facility;

import org.cleanprod.facility.web.EnterpriseForm;
import org.cleanprod.facility.web.FacilityDetails;
import org.cleanprod.facility.web.FacilityForm;
import java.util.List;
import java.util.Set;

import org.cleanprod.places.Places;
import org.cleanprod.shared.audit.AuditAction;
import org.cleanprod.shared.audit.AuditEntry;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.web.BusinessException;
import org.cleanprod.shared.web.InvalidFormException;
import org.cleanprod.shared.web.NotFoundException;
import org.cleanprod.shared.listing.PageQuery;
import org.cleanprod.test.BothDatabases;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@BothDatabases
class FacilityServiceTests {

	@Autowired
	FacilityService service;

	@Autowired
	Places reference;

	@Autowired
	TestUsers users;

	@Autowired
	Facilities facilities;

	CurrentUser officer;

	@BeforeEach
	void setUp() {
		this.officer = this.facilities.registrar();
	}

	@Test
	void registeringAFacilityWritesItsAuditRowInTheSameTransaction() {
		long id = this.facilities.textileMill("Phường Phú Cường");
		List<AuditEntry> history = this.service.history(id, this.officer);
		assertThat(history).hasSize(1);
		assertThat(history.getFirst().action()).isEqualTo(AuditAction.CREATE);
		assertThat(history.getFirst().actorName()).isEqualTo(this.officer.getUsername());
		assertThat(history.getFirst().after()).contains("Nhà máy dệt Thử Nghiệm");
		assertThat(this.service.details(id, this.officer, false).code()).startsWith("CS-");
	}

	@Test
	void searchFindsThuDauMotTypedWithoutAccents() {
		long enterprise = this.facilities.enterprise("Công ty Cổ phần Gốm Thủ Dầu Một Xanh");
		long id = this.facilities.facility(enterprise, "Xưởng gốm Chánh Nghĩa", "Phường Chánh Nghĩa", "23");
		FacilityFilter filter = new FacilityFilter("thu dau mot xanh", null, null, null, null, null, null, null);
		assertThat(this.service.search(filter, page(), this.officer, false).items()).extracting(FacilityRow::id)
			.containsExactly(id);
	}

	@Test
	void aFacilityInAnOldWardIsFoundUnderItsSuccessorAndItsOldDistrict() {
		long id = this.facilities.textileMill("Phường Phú Cường");
		long newWard = this.facilities.newCommune("Phường Thủ Dầu Một").id();
		long oldDistrict = this.facilities.district("718").id();
		assertThat(ids(new FacilityFilter(null, newWard, null, null, null, null, null, null))).contains(id);
		assertThat(ids(new FacilityFilter(null, oldDistrict, null, null, null, null, null, null))).contains(id);
		long otherDistrict = this.facilities.district("724").id();
		assertThat(ids(new FacilityFilter(null, otherDistrict, null, null, null, null, null, null))).doesNotContain(id);
	}

	@Test
	void districtOfficerCannotSeeAnotherDistrictsFacility() {
		long inThuDauMot = this.facilities.textileMill("Phường Phú Cường");
		long inDiAn = this.facilities.textileMill("Phường Dĩ An");
		CurrentUser district = this.users.district(Set.of(this.facilities.district("718").id()));
		assertThat(this.service.details(inThuDauMot, district, false).id()).isEqualTo(inThuDauMot);
		assertThatThrownBy(() -> this.service.details(inDiAn, district, false)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.service.history(inDiAn, district)).isInstanceOf(NotFoundException.class);
		assertThat(this.service.search(FacilityFilter.none(), page(), district, false).items())
			.extracting(FacilityRow::id)
			.contains(inThuDauMot)
			.doesNotContain(inDiAn);
	}

	@Test
	void districtOfficerCannotRegisterOrMoveAFacilityOutsideTheDistrict() {
		CurrentUser district = this.users.district(Set.of(this.facilities.district("718").id()));
		long enterprise = this.facilities.enterprise("Công ty TNHH Cơ khí Ngoài Vùng");
		this.facilities.facility(enterprise, "Xưởng cơ khí cũ", "Phường Phú Cường", "25");
		FacilityForm outside = this.facilities.form(enterprise, "Xưởng cơ khí", "Phường Dĩ An", "25");
		assertThatThrownBy(() -> this.service.register(outside, district)).isInstanceOf(InvalidFormException.class)
			.satisfies(ex -> assertThat(((InvalidFormException) ex).problems()).containsKey("unitId"));
		long inside = this.service.register(this.facilities.form(enterprise, "Xưởng cơ khí", "Phường Phú Cường", "25"),
				district);
		FacilityForm moved = this.facilities.form(enterprise, "Xưởng cơ khí", "Phường Dĩ An", "25");
		FacilityForm withVersion = new FacilityForm(moved.enterpriseId(), moved.name(), moved.address(), moved.unitId(),
				null, "25", null, null, true, FacilityStatus.ACTIVE, null, List.of(),
				this.service.form(inside, district).version());
		assertThatThrownBy(() -> this.service.update(inside, withVersion, district))
			.isInstanceOf(InvalidFormException.class);
	}

	@Test
	void enterpriseUserSeesOnlyItsOwnFacilitiesAndKeepsTheOfficersClassification() {
		long enterprise = this.facilities.enterprise("Công ty TNHH Giày Riêng");
		long own = this.facilities.facility(enterprise, "Xưởng giày", "Phường Phú Cường", "15");
		long other = this.facilities.textileMill("Phường Phú Cường");
		CurrentUser user = this.users.enterprise(enterprise);
		assertThatThrownBy(() -> this.service.details(other, user, false)).isInstanceOf(NotFoundException.class);
		FacilityForm form = this.service.form(own, user);
		FacilityForm edited = new FacilityForm(form.enterpriseId(), "Xưởng giày số 1", form.address(), form.unitId(),
				form.zoneId(), form.sectorCode(), form.mainProducts(), 300, false, FacilityStatus.CLOSED, null,
				form.contacts(), form.version());
		assertThat(this.service.update(own, edited, user)).isTrue();
		FacilityDetails details = this.service.details(own, user, false);
		assertThat(details.name()).isEqualTo("Xưởng giày số 1");
		assertThat(details.employees()).isEqualTo(300);
		assertThat(details.cpPotential()).isTrue();
		assertThat(details.designatedEnergyUser()).isFalse();
		assertThat(details.status()).isEqualTo(FacilityStatus.ACTIVE);
	}

	@Test
	void consultantSeesOnlyAssignedFacilitiesAndAgencyUsersNone() {
		long assigned = this.facilities.textileMill("Phường Phú Cường");
		long other = this.facilities.textileMill("Phường Phú Cường");
		CurrentUser consultant = this.users.consultant();
		this.service.assign(assigned, consultant.id(), this.officer);
		assertThat(this.service.details(assigned, consultant, false).id()).isEqualTo(assigned);
		assertThatThrownBy(() -> this.service.details(other, consultant, false)).isInstanceOf(NotFoundException.class);
		CurrentUser agency = this.users.agency(this.reference.agencyByCode("STNMT").orElseThrow().id());
		assertThat(this.service.count(FacilityFilter.none(), agency)).isZero();
	}

	@Test
	void officersAssignAndUnassignConsultantsByFacilityCode() {
		long id = this.facilities.textileMill("Phường Phú Cường");
		String code = this.service.details(id, this.officer, false).code();
		CurrentUser consultant = this.users.consultant();
		long facility = this.service.byCode(code.toLowerCase(), this.officer, false).orElseThrow().id();
		this.service.assign(facility, consultant.id(), this.officer);
		this.service.assign(facility, consultant.id(), this.officer);
		assertThat(this.service.assignedTo(consultant.id(), this.officer, false)).extracting(FacilityRow::id)
			.containsExactly(id);
		assertThat(this.service.unassign(facility, consultant.id(), this.officer)).isTrue();
		assertThat(this.service.assignedTo(consultant.id(), this.officer, false)).isEmpty();
		CurrentUser elsewhere = this.users.district(Set.of(this.facilities.district("724").id()));
		assertThat(this.service.byCode(code, elsewhere, false)).isEmpty();
	}

	@Test
	void zoneOfficerSeesTheFacilitiesOfTheBoardsZones() {
		long vsipBoard = this.reference.agencyByCode("BQLVSIP").orElseThrow().id();
		long vsipZone = this.reference.zonesOfBoard(vsipBoard).iterator().next();
		long enterprise = this.facilities.enterprise("Công ty TNHH Điện tử Khu");
		FacilityForm form = this.facilities.form(enterprise, "Nhà máy điện tử", "Phường Bình Hòa", "26");
		long inZone = this.service.register(
				new FacilityForm(form.enterpriseId(), form.name(), form.address(), form.unitId(), vsipZone,
						form.sectorCode(), null, null, false, FacilityStatus.ACTIVE, null, List.of(), null),
				this.officer);
		long outside = this.facilities.textileMill("Phường Bình Hòa");
		CurrentUser zone = this.users.zone(vsipBoard);
		assertThat(this.service.details(inZone, zone, false).id()).isEqualTo(inZone);
		assertThatThrownBy(() -> this.service.details(outside, zone, false)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void aStaleEditIsRefusedAndChangesNothing() {
		long id = this.facilities.textileMill("Phường Phú Cường");
		FacilityForm form = this.service.form(id, this.officer);
		FacilityForm first = new FacilityForm(form.enterpriseId(), "Tên mới", form.address(), form.unitId(), null,
				form.sectorCode(), null, null, true, FacilityStatus.ACTIVE, null, List.of(), form.version());
		this.service.update(id, first, this.officer);
		FacilityForm stale = new FacilityForm(form.enterpriseId(), "Tên cũ hơn", form.address(), form.unitId(), null,
				form.sectorCode(), null, null, true, FacilityStatus.ACTIVE, null, List.of(), form.version());
		assertThatThrownBy(() -> this.service.update(id, stale, this.officer)).isInstanceOf(BusinessException.class);
		assertThat(this.service.details(id, this.officer, false).name()).isEqualTo("Tên mới");
	}

	@Test
	void anUnchangedSaveWritesNoAuditRow() {
		long id = this.facilities.textileMill("Phường Phú Cường");
		assertThat(this.service.update(id, this.service.form(id, this.officer), this.officer)).isFalse();
		assertThat(this.service.history(id, this.officer)).hasSize(1);
	}

	@Test
	void aTakenTaxCodeIsRefused() {
		String taxCode = Facilities.newTaxCode();
		EnterpriseForm form = new EnterpriseForm(taxCode, "Công ty A", null, null, Ownership.PRIVATE, null, null, null,
				null);
		this.service.registerEnterprise(form, this.officer);
		assertThatThrownBy(() -> this.service.registerEnterprise(form, this.officer))
			.isInstanceOf(InvalidFormException.class);
	}

	private List<Long> ids(FacilityFilter filter) {
		return this.service.search(filter, new PageQuery(1, 200, "updated", true), this.officer, false)
			.items()
			.stream()
			.map(FacilityRow::id)
			.toList();
	}

	private static PageQuery page() {
		return new PageQuery(1, 50, "name", false);
	}

}
