package org.uplift.cpd.cohort;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A cohort as a hub lead schedules it. Booking opens at the start of {@code bookingOpensOn} and closes at the end of
 * {@code bookingClosesOn} (UK time); cancelling later than {@code cancellationCutoffDays} days before the first
 * session counts as a late cancellation. An empty {@code eligibleLaCodes} means schools from any LA may book.
 */
public record CohortForm(
        @Nullable String programmeId,
        @NotBlank(message = "Enter a name for the cohort") @Size(max = 120, message = "Name must be 120 characters or fewer") @Nullable String name,
        @NotEmpty(message = "Add the sessions") @Valid @Nullable List<SessionForm> sessions,
        @Size(max = 200, message = "Venue must be 200 characters or fewer") @Nullable String venue,
        @Size(max = 300, message = "Online link must be 300 characters or fewer") @Nullable String onlineLink,
        @NotNull(message = "Enter the number of places") @Min(value = 1, message = "A cohort has at least 1 place")
        @Max(value = 500, message = "A cohort has at most 500 places") @Nullable Integer capacity,
        @NotNull(message = "Enter the date booking opens") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate bookingOpensOn,
        @NotNull(message = "Enter the date booking closes") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate bookingClosesOn,
        @NotNull(message = "Enter the cancellation cut-off") @Min(value = 0, message = "The cut-off cannot be negative")
        @Max(value = 90, message = "The cut-off is at most 90 days") @Nullable Integer cancellationCutoffDays,
        @Nullable String eligibleLaCodes,
        @Size(max = 64, message = "Project id must be 64 characters or fewer") @Nullable String eligibleProjectId) {

    /** One session; dates as 2026-11-30, times as 09:30. */
    public record SessionForm(
            @NotNull(message = "Enter the session date") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @NotNull(message = "Enter the start time") @DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime start,
            @NotNull(message = "Enter the end time") @DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime end) {
    }

    static CohortForm empty(String programmeId, int sessionCount) {
        List<SessionForm> sessions = new ArrayList<>();
        for (int i = 0; i < sessionCount; i++) {
            sessions.add(new SessionForm(null, null, null));
        }
        return new CohortForm(programmeId, null, sessions, null, null, null, null, null, 7, null, null);
    }

    List<String> laCodes() {
        if (eligibleLaCodes == null || eligibleLaCodes.isBlank()) {
            return List.of();
        }
        return List.of(eligibleLaCodes.strip().split("[\\s,]+"));
    }
}
