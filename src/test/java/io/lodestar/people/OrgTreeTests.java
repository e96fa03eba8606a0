package io.lodestar.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** How the org chart is assembled from flat rows: nesting, order, and head counts that include sub-units. */
class OrgTreeTests {

	static PeopleQueries.UnitRow row(UUID id, UUID parent, String name, int order, long members) {
		return new PeopleQueries.UnitRow(id, parent, name.toUpperCase(), name, OrgUnitKind.DEPARTMENT, order, null,
				null, members, 0L);
	}

	@Test
	void nestsUnitsUnderTheirParentsInSortOrderAndCountsEveryoneBelow() {
		UUID company = UUID.randomUUID();
		UUID production = UUID.randomUUID();
		UUID machining = UUID.randomUUID();
		UUID assembly = UUID.randomUUID();
		UUID sales = UUID.randomUUID();
		var tree = OrgUnitManagement.buildTree(List.of(row(assembly, production, "装配车间", 2, 40),
				row(company, null, "华锐", 0, 2), row(sales, company, "销售部", 2, 12), row(machining, production, "机加工车间", 1, 55),
				row(production, company, "生产部", 1, 3)));
		assertThat(tree).hasSize(1);
		var root = tree.get(0);
		assertThat(root.children()).extracting(OrgUnitNode::name).containsExactly("生产部", "销售部");
		var productionNode = root.children().get(0);
		assertThat(productionNode.children()).extracting(OrgUnitNode::name).containsExactly("机加工车间", "装配车间");
		assertThat(productionNode.members()).isEqualTo(3);
		assertThat(productionNode.totalMembers()).isEqualTo(98);
		assertThat(root.totalMembers()).isEqualTo(112);
		assertThat(root.flatten()).hasSize(5);
	}

	@Test
	void normalisesEmployeeDetailsBeforeTheyAreChecked() {
		var details = new EmployeeDetails(" E001 ", " 李娜 ", " Li.Na@Example.CN ", " ", null).normalised();
		assertThat(details.employeeNo()).isEqualTo("E001");
		assertThat(details.name()).isEqualTo("李娜");
		assertThat(details.email()).isEqualTo("li.na@example.cn");
		assertThat(details.phone()).isNull();
	}

}
