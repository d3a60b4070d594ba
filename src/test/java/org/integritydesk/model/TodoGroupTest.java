package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The home tab's to-do groups: a kind's count and its first lines, from one source or several. */
class TodoGroupTest {
    private static List<TodoItem> items(String kind, String tab, int n) {
        return IntStream.range(0, n).mapToObj(i -> new TodoItem(kind, kind + i, null, tab, kind + "-" + i)).toList();
    }

    @Test
    void groupsByKindInTheOrderTheKindsFirstComeAndCutsEachToItsFirstLines() {
        List<TodoItem> all = new ArrayList<>(items("todo.a", "tabA", 3));
        all.addAll(items("todo.b", "tabB", 12));
        all.add(new TodoItem("todo.a", "late a", null, "tabA", "a-late"));

        List<TodoGroup> groups = TodoGroup.of(all, 8);

        assertThat(groups).extracting(TodoGroup::categoryKey).containsExactly("todo.a", "todo.b");
        assertThat(groups.get(0).count()).isEqualTo(4);
        assertThat(groups.get(0).first()).extracting(TodoItem::recordId)
                .containsExactly("todo.a-0", "todo.a-1", "todo.a-2", "a-late");
        assertThat(groups.get(0).more()).isZero();
        assertThat(groups.get(1).count()).isEqualTo(12);
        assertThat(groups.get(1).first()).isEqualTo(all.subList(3, 11));
        assertThat(groups.get(1).more()).isEqualTo(4);
        assertThat(groups.get(1).tabId()).isEqualTo("tabB");
    }

    /** Two sources of the same kind, merged, show what grouping both sources' items one after the other shows. */
    @ParameterizedTest(name = "{0} and {1} items, {2} lines")
    @CsvSource({"0, 0, 8", "3, 0, 8", "0, 3, 8", "3, 4, 8", "3, 5, 8", "3, 6, 8", "8, 2, 8", "9, 9, 8", "20, 1, 8",
        "2, 20, 8", "5, 5, 1", "4, 4, 0"})
    void mergingSourcesOfOneKindIsGroupingTheirItemsOneAfterTheOther(int first, int second, int lines) {
        List<TodoItem> a = items("todo.a", "tabA", first);
        List<TodoItem> b = items("todo.a", "tabA", second).stream()
                .map(i -> new TodoItem(i.categoryKey(), "second " + i.text(), null, i.tabId(), "b" + i.recordId()))
                .toList();
        List<TodoItem> both = new ArrayList<>(a);
        both.addAll(b);
        List<TodoGroup> perSource = new ArrayList<>(TodoGroup.of(a, lines));
        perSource.addAll(TodoGroup.of(b, lines));

        assertThat(TodoGroup.merge(perSource, lines)).isEqualTo(TodoGroup.of(both, lines));
    }

    @Test
    void mergingKeepsTheOrderKindsFirstCameInAndLeavesEmptyGroupsOut() {
        List<TodoGroup> groups = List.of(new TodoGroup("todo.b", "tabB", 0, List.of()),
                new TodoGroup("todo.a", "tabA", 30, items("todo.a", "tabA", 8)),
                new TodoGroup("todo.c", "tabC", 1, items("todo.c", "tabC", 1)),
                new TodoGroup("todo.a", "tabA", 2, items("todo.a", "tabX", 2)));

        List<TodoGroup> merged = TodoGroup.merge(groups, 8);

        assertThat(merged).extracting(TodoGroup::categoryKey).containsExactly("todo.a", "todo.c");
        assertThat(merged.get(0).count()).isEqualTo(32);
        assertThat(merged.get(0).first()).hasSize(8).allMatch(i -> i.tabId().equals("tabA"));
        assertThat(merged.get(0).more()).isEqualTo(24);
    }

    @Test
    void aGroupCannotShowMoreLinesThanItCounts() {
        assertThatThrownBy(() -> new TodoGroup("todo.a", "tabA", 1, items("todo.a", "tabA", 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theItemsOfGroupsComeOneGroupAfterTheOther() {
        List<TodoGroup> groups = List.of(new TodoGroup("todo.a", "tabA", 5, items("todo.a", "tabA", 2)),
                new TodoGroup("todo.b", "tabB", 1, items("todo.b", "tabB", 1)));

        assertThat(TodoGroup.items(groups)).extracting(TodoItem::recordId).containsExactly("todo.a-0", "todo.a-1",
                "todo.b-0");
    }
}
