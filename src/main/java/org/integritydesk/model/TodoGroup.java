package org.integritydesk.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One kind of to-do on the home tab (首页) as the tab shows it: how many there are and the first few,
 * most urgent first; the rest stay behind "N more". At province scale a kind holds tens of
 * thousands of to-dos of which the tab shows eight, so sources count in the database and build only
 * the lines shown.
 *
 * @param categoryKey message key of the kind (e.g. "todo.overdueRectification"), the group's heading
 * @param tabId       the main-window tab the heading and "N more" open
 * @param count       how many to-dos of this kind there are
 * @param first       the first {@code min(count, lines asked for)} of them, in order
 */
public record TodoGroup(String categoryKey, String tabId, long count, List<TodoItem> first) {
    public TodoGroup {
        first = List.copyOf(first);
        if (count < first.size()) {
            throw new IllegalArgumentException("a group cannot show more lines than it counts");
        }
    }

    /** How many are not among {@link #first}. */
    public long more() {
        return count - first.size();
    }

    /**
     * Every item grouped by kind, in the order the kinds first come, each group cut to its first
     * {@code lines}: what a source that builds all its items gives the tab.
     */
    public static List<TodoGroup> of(List<TodoItem> items, int lines) {
        Map<String, List<TodoItem>> byKind = new LinkedHashMap<>();
        for (TodoItem item : items) {
            byKind.computeIfAbsent(item.categoryKey(), k -> new ArrayList<>()).add(item);
        }
        List<TodoGroup> groups = new ArrayList<>();
        byKind.forEach((key, group) -> groups.add(new TodoGroup(key, group.get(0).tabId(), group.size(),
                group.subList(0, Math.min(lines, group.size())))));
        return groups;
    }

    /**
     * Groups of the same kind (from several sources) as one, in the order the kinds first come: the
     * counts added, the lines in the order the groups come, cut to {@code lines}. Empty groups are
     * left out. The same as {@link #of} over every source's items one after the other, as long as
     * each group holds its first {@code lines} items (or all of them).
     */
    public static List<TodoGroup> merge(List<TodoGroup> groups, int lines) {
        Map<String, TodoGroup> byKind = new LinkedHashMap<>();
        for (TodoGroup group : groups) {
            if (group.count() == 0) {
                continue;
            }
            byKind.merge(group.categoryKey(), group.cut(lines), (a, b) -> {
                List<TodoItem> first = new ArrayList<>(a.first());
                first.addAll(b.first());
                return new TodoGroup(a.categoryKey(), a.tabId(), a.count() + b.count(),
                        first.subList(0, Math.min(lines, first.size())));
            });
        }
        return List.copyOf(byKind.values());
    }

    /** The items of every group one after the other. */
    public static List<TodoItem> items(List<TodoGroup> groups) {
        return groups.stream().flatMap(g -> g.first().stream()).toList();
    }

    private TodoGroup cut(int lines) {
        return first.size() <= lines ? this : new TodoGroup(categoryKey, tabId, count, first.subList(0, lines));
    }
}
