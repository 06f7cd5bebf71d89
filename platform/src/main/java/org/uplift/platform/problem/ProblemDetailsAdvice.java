package org.uplift.platform.problem;

import java.util.List;

import jakarta.validation.ConstraintViolationException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details for every REST controller, with an {@code errors} array whenever input was invalid so
 * a client can show each problem beside its field (or row and column).
 */
@RestControllerAdvice(annotations = RestController.class)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> FieldProblem.of(error.getField(), String.valueOf(error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(invalid("The request has invalid fields.", problems));
    }

    @ExceptionHandler
    ProblemDetail invalidInput(InvalidInputException ex) {
        return invalid(ex.getMessage(), ex.problems());
    }

    @ExceptionHandler
    ProblemDetail constraintViolation(ConstraintViolationException ex) {
        List<FieldProblem> problems = ex.getConstraintViolations().stream()
                .map(v -> FieldProblem.of(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return invalid("The request has invalid parameters.", problems);
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail conflict(ConflictException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail preconditionFailed(PreconditionFailedException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, ex.getMessage());
    }

    static ProblemDetail invalid(String detail, List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid input");
        problem.setProperty("errors", problems);
        return problem;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
