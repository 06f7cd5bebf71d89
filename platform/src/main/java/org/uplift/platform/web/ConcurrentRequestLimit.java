package org.uplift.platform.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.uplift.platform.problem.ProblemResponses;

/**
 * Bounds how many requests a service works on at once. With virtual threads nothing else does: a burst of 1,000
 * simultaneous bookings ran cpd-service out of heap. Requests beyond the limit wait here, cheaply and in arrival
 * order, before any work (token checks included); one that waits too long gets 503 with Retry-After. Limiting
 * connections instead would starve waiting clients behind idle keep-alive connections.
 */
class ConcurrentRequestLimit extends OncePerRequestFilter {

    private final Semaphore permits;
    private final long maxWaitNanos;

    ConcurrentRequestLimit(int maxConcurrent, Duration maxWait) {
        this.permits = new Semaphore(maxConcurrent, true);
        this.maxWaitNanos = maxWait.toNanos();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = permits.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            response.setHeader("Retry-After", "1");
            ProblemResponses.write(request, response, HttpStatus.SERVICE_UNAVAILABLE,
                    "The service is busy. Please try again in a moment.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return true;
    }

    int available() {
        return permits.availablePermits();
    }
}
