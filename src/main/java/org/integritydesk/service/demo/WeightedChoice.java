package org.integritydesk.service.demo;

import java.util.Arrays;
import java.util.List;

/** Picks one of a fixed list of items, each as often as its weight says. Immutable. */
final class WeightedChoice<T> {
    private final List<T> items;
    private final int[] cumulativeWeights;

    private WeightedChoice(List<T> items, int[] weights) {
        if (items.isEmpty() || items.size() != weights.length) {
            throw new IllegalArgumentException("need one positive weight per item");
        }
        this.items = List.copyOf(items);
        this.cumulativeWeights = new int[weights.length];
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] <= 0) {
                throw new IllegalArgumentException("weights must be positive");
            }
            sum += weights[i];
            cumulativeWeights[i] = sum;
        }
    }

    static <T> WeightedChoice<T> of(List<T> items, int... weights) {
        return new WeightedChoice<>(items, weights.clone());
    }

    /**
     * Items listed from the most to the least common, weighted roughly like the frequency of
     * Chinese surnames and name characters: the first few far more often than the tail.
     */
    static <T> WeightedChoice<T> byRank(List<T> items) {
        int[] weights = new int[items.size()];
        for (int rank = 0; rank < weights.length; rank++) {
            weights[rank] = 1000 / (rank + 4);
        }
        return new WeightedChoice<>(items, weights);
    }

    T pick(DemoRandom random) {
        int ticket = random.below(cumulativeWeights[cumulativeWeights.length - 1]);
        int index = Arrays.binarySearch(cumulativeWeights, ticket + 1);
        return items.get(index >= 0 ? index : -index - 1);
    }
}
