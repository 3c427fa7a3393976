package org.cleanprod.admin;

import java.util.List;

import org.cleanprod.admin.signin.AccountDirectory;
import org.cleanprod.admin.users.UserAccountRepository;
import org.cleanprod.admin.users.UserForm;
import org.cleanprod.admin.users.UserService;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.Permission;
import org.cleanprod.shared.security.Role;
import org.cleanprod.test.ModuleTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administration started with the modules it depends on: an account an administrator
 * creates signs in with the permissions its role is granted.
 */
@ModuleTest
class AdminModuleTests {

	@Autowired
	UserService users;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	AccountDirectory directory;

	@Autowired
	TestUsers testUsers;

	@Test
	void aNewAccountSignsInWithItsRolesPermissions() {
		CurrentUser admin = this.testUsers.admin();
		long id = this.users.create(new UserForm("module.officer", "Cán bộ mô-đun", null, null, Role.DEPARTMENT_OFFICER,
				List.of(), null, null, null, true, "Mo-dun-quan-tri-2026!", null), admin);
		CurrentUser officer = this.directory.toCurrentUser(this.accounts.findById(id).orElseThrow());
		assertThat(officer.getUsername()).isEqualTo("module.officer");
		assertThat(officer.can(Permission.FACILITY_READ)).isTrue();
		assertThat(officer.can(Permission.USER_ADMIN)).isFalse();
	}

}
