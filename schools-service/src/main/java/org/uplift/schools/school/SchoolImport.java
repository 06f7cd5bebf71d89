package org.uplift.schools.school;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.uplift.contracts.schools.SchoolClosed;
import org.uplift.contracts.schools.SchoolRegistered;
import org.uplift.contracts.schools.SchoolUpdated;
import org.uplift.platform.events.Outbox;
import org.uplift.platform.problem.FieldProblem;
import org.uplift.platform.problem.InvalidInputException;
import org.uplift.platform.security.TenantScope;
import org.uplift.schools.audit.AuditEntry;
import org.uplift.schools.audit.FieldChange;
import org.uplift.schools.localauthority.LocalAuthorities;

/**
 * Imports a GIAS-style CSV extract (UTF-8 with or without BOM, CRLF or LF, quoted fields, GIAS header names). Every
 * row is checked before anything is written, and the file is applied only when no row has a problem. There are no
 * multi-document transactions here, so "all or nothing" rests on that: bad data never causes a partial apply, and
 * since each row's write is idempotent (unchanged schools are skipped), a file whose apply was cut short by an outage
 * is completed by importing it again.
 */
@Component
class SchoolImport {

    private static final int BATCH = 1000;

    private final MongoTemplate mongo;
    private final LocalAuthorities authorities;
    private final Outbox outbox;
    private final SchoolAccess access;
    private final SchoolSearchIndex index;

    SchoolImport(MongoTemplate mongo, LocalAuthorities authorities, Outbox outbox, SchoolAccess access,
            SchoolSearchIndex index) {
        this.mongo = mongo;
        this.authorities = authorities;
        this.outbox = outbox;
        this.access = access;
        this.index = index;
    }

    /** @param progress told how many rows have been applied so far */
    ImportResult run(InputStream in, TenantScope scope, IntConsumer progress) throws IOException {
        List<FieldProblem> problems = new ArrayList<>();
        List<GiasRow> rows = read(in, scope, problems);
        Map<String, School> existing = existing(rows);
        for (GiasRow row : rows) {
            School current = existing.get(row.urn());
            if (current != null && !current.laCode.equals(row.la().code()) && !access.canManage(scope, current)) {
                problems.add(FieldProblem.inRow(row.row(), GiasRow.URN,
                        "URN " + row.urn() + " is registered to a local authority you do not manage"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The file has " + problems.size() + " problems; nothing was imported", problems);
        }
        return apply(rows, existing, scope, progress);
    }

    private List<GiasRow> read(InputStream in, TenantScope scope, List<FieldProblem> problems) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        List<GiasRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (Reader reader = new InputStreamReader(withoutBom(in), StandardCharsets.UTF_8);
                CSVParser parser = format.parse(reader)) {
            List<String> missing = GiasRow.REQUIRED.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidInputException("The file is missing GIAS columns", missing.stream()
                        .map(c -> FieldProblem.inRow(1, c, "The header row has no '" + c + "' column")).toList());
            }
            int row = 1;
            for (CSVRecord record : parser) {
                row++;
                int thisRow = row;
                GiasRow.parse(record, thisRow, authorities, problems::add).ifPresent(parsed -> {
                    if (!seen.add(parsed.urn())) {
                        problems.add(FieldProblem.inRow(thisRow, GiasRow.URN, "URN " + parsed.urn() + " appears more than once in the file"));
                    } else if (!access.canRegisterIn(scope, parsed.la().code())) {
                        problems.add(FieldProblem.inRow(thisRow, GiasRow.LA, "You can only import schools in your own local authorities"));
                    } else {
                        rows.add(parsed);
                    }
                });
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw InvalidInputException.of("file", "The file is not a readable CSV: " + e.getMessage());
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            throw InvalidInputException.of("file", "The file has no schools in it");
        }
        return rows;
    }

    /**
     * The schools the file already names. A small file asks by URN; a large one reads the collection once, because
     * the embedded wire server answers every {@code _id $in} batch with a full scan too (25 scans for 25,000 rows).
     */
    private Map<String, School> existing(List<GiasRow> rows) {
        Set<String> urns = new HashSet<>();
        rows.forEach(row -> urns.add(row.urn()));
        Query query = rows.size() <= BATCH ? new Query(Criteria.where("_id").in(urns)) : new Query();
        Map<String, School> byUrn = new HashMap<>();
        try (var schools = mongo.stream(query, School.class)) {
            schools.filter(school -> urns.contains(school.urn)).forEach(school -> byUrn.put(school.urn, school));
        }
        return byUrn;
    }

    private ImportResult apply(List<GiasRow> rows, Map<String, School> existing, TenantScope scope, IntConsumer progress) {
        int updated = 0;
        int closed = 0;
        int unchanged = 0;
        List<School> inserts = new ArrayList<>();
        int done = 0;
        for (GiasRow row : rows) {
            School current = existing.get(row.urn());
            if (current == null) {
                inserts.add(registered(row, scope));
            } else {
                Outcome outcome = update(current, row, scope);
                updated += outcome == Outcome.UPDATED ? 1 : 0;
                closed += outcome == Outcome.CLOSED ? 1 : 0;
                unchanged += outcome == Outcome.UNCHANGED ? 1 : 0;
            }
            if (inserts.size() == BATCH) {
                mongo.insert(inserts, School.class);
                inserts.clear();
                index.changed();
            }
            if (++done % BATCH == 0) {
                progress.accept(done);
            }
        }
        if (!inserts.isEmpty()) {
            mongo.insert(inserts, School.class);
        }
        if (updated + closed > 0 || rows.size() > unchanged) {
            index.changed();
        }
        progress.accept(done);
        return new ImportResult(rows.size(), rows.size() - updated - closed - unchanged, updated, closed, unchanged);
    }

    private School registered(GiasRow row, TenantScope scope) {
        School school = new School(row.urn(), row.la().code(), row.la().regionCode(), row.establishmentNumber(),
                row.name(), row.phase(), row.type(), row.trust(), row.postcode());
        school.status = row.status();
        school.closedOn = row.closedOn();
        school.audit.add(AuditEntry.of(scope, "imported", AuditEntry.created(school.fields())));
        school.record(outbox.event(school.urn, school.laCode, new SchoolRegistered(school.snapshot())));
        return school;
    }

    private enum Outcome { UPDATED, CLOSED, UNCHANGED }

    private Outcome update(School school, GiasRow row, TenantScope scope) {
        var before = school.fields();
        boolean wasOpen = school.status == SchoolStatus.OPEN;
        school.laCode = row.la().code();
        school.regionCode = row.la().regionCode();
        school.establishmentNumber = row.establishmentNumber();
        school.name = row.name();
        school.phase = row.phase();
        school.type = row.type();
        school.trust = row.trust();
        school.postcode = row.postcode();
        school.status = row.status();
        school.closedOn = row.closedOn();
        List<FieldChange> changes = AuditEntry.diff(before, school.fields());
        if (changes.isEmpty()) {
            return Outcome.UNCHANGED;
        }
        boolean closing = wasOpen && school.status == SchoolStatus.CLOSED;
        school.audit.add(AuditEntry.of(scope, "imported", changes));
        school.record(outbox.event(school.urn, school.laCode, closing ? new SchoolClosed(school.snapshot())
                : new SchoolUpdated(school.snapshot(), changes.stream().map(FieldChange::field).toList())));
        mongo.save(school);
        return closing ? Outcome.CLOSED : Outcome.UPDATED;
    }

    /** Excel and GIAS downloads start UTF-8 files with a byte-order mark; the header must not include it. */
    private static InputStream withoutBom(InputStream in) throws IOException {
        PushbackInputStream stream = new PushbackInputStream(in, 3);
        byte[] head = new byte[3];
        int read = stream.readNBytes(head, 0, 3);
        boolean bom = read == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        if (!bom && read > 0) {
            stream.unread(head, 0, read);
        }
        return stream;
    }
}
