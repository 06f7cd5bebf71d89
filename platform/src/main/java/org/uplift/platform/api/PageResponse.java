package org.uplift.platform.api;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** One page of a list endpoint: a stable JSON shape, unlike Spring Data's {@code Page}. */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public static <T> PageResponse<T> of(Page<T> page) {
        return new PageResponse<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                page.getTotalPages());
    }

    public static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapper) {
        return of(page.map(mapper));
    }
}
