package org.uplift.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ConcurrentRequestLimitTest {

    @Test
    void aRequestBeyondTheLimitWaitsForAFreePlaceThenRuns() throws Exception {
        ConcurrentRequestLimit limit = new ConcurrentRequestLimit(1, Duration.ofSeconds(10));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> first = threads.submit(() -> run(limit, () -> {
                inside.countDown();
                release.await();
            }));
            assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
            CountDownLatch secondRan = new CountDownLatch(1);
            Future<MockHttpServletResponse> second = threads.submit(() -> run(limit, secondRan::countDown));

            assertThat(secondRan.await(200, TimeUnit.MILLISECONDS)).as("waits while the only place is taken").isFalse();
            release.countDown();
            assertThat(second.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
            assertThat(secondRan.getCount()).isZero();
            first.get(5, TimeUnit.SECONDS);
        }
        assertThat(limit.available()).isEqualTo(1);
    }

    @Test
    void aRequestThatWaitsTooLongGets503WithRetryAfterAndTheChainNeverRuns() throws Exception {
        ConcurrentRequestLimit limit = new ConcurrentRequestLimit(1, Duration.ofMillis(50));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            threads.submit(() -> run(limit, () -> {
                inside.countDown();
                release.await();
            }));
            assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
            CountDownLatch ran = new CountDownLatch(1);
            MockHttpServletResponse refused = run(limit, ran::countDown);

            assertThat(refused.getStatus()).isEqualTo(503);
            assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
            assertThat(refused.getContentType()).isEqualTo("application/problem+json;charset=UTF-8");
            assertThat(refused.getContentAsString()).contains("\"status\":503");
            assertThat(ran.getCount()).isEqualTo(1);
            release.countDown();
        }
        assertThat(limit.available()).isEqualTo(1);
    }

    @Test
    void aFailingRequestGivesItsPlaceBack() {
        ConcurrentRequestLimit limit = new ConcurrentRequestLimit(2, Duration.ofSeconds(1));
        assertThatThrownBy(() -> run(limit, () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(limit.available()).isEqualTo(2);
    }

    interface Work {
        void run() throws Exception;
    }

    private static MockHttpServletResponse run(ConcurrentRequestLimit limit, Work work) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(new MockHttpServletRequest("GET", "/api/x"), response, (req, res) -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return response;
    }
}
