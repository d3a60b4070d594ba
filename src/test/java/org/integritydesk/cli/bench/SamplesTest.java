package org.integritydesk.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SamplesTest {
    @Test
    void percentilesAreNearestRank() {
        Samples samples = new Samples();
        for (long n = 100; n >= 1; n--) {
            samples.add(n * 1_000_000);
        }

        assertThat(samples.count()).isEqualTo(100);
        assertThat(samples.percentile(50)).isEqualTo(50_000_000);
        assertThat(samples.percentile(95)).isEqualTo(95_000_000);
        assertThat(samples.max()).isEqualTo(100_000_000);
        assertThat(new Figure("x-ms").spread(samples)).hasToString("x-ms p50=50.0 p95=95.0 max=100.0 n=100");
    }

    @Test
    void oneSampleIsEveryPercentile() {
        Samples samples = new Samples();
        samples.add(1_234_567);

        assertThat(samples.percentile(50)).isEqualTo(1_234_567);
        assertThat(samples.percentile(95)).isEqualTo(1_234_567);
    }
}
