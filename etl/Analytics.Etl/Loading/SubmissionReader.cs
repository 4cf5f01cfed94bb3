using System.Diagnostics;
using Analytics.Etl.Decoding;
using Analytics.Etl.Sources;
using Analytics.Etl.Validation;
using Analytics.Warehouse.Store;

namespace Analytics.Etl.Loading;

/// <summary>Decodes and validates whole small submissions into memory on a reading thread, with no
/// warehouse access: the same reading and row checks as the streaming path, one file after another in
/// load order (units first). One instance per thread: it owns its pseudonym keys.</summary>
internal sealed class SubmissionReader(PersonKeys keys, IngestOptions options, RowLists? lists = null)
{
    private readonly CellCaches _cells = new();
    private readonly RecordIdFilter _recordIds = new(0);

    /// <summary>Reads submission number <paramref name="index"/> of the run; <paramref name="loaded"/>
    /// holds the content hashes already in the warehouse (such content is not read again).</summary>
    public ValidatedSubmission Read(int index, Submission submission, IReadOnlyDictionary<string, PriorBatch> loaded,
        Func<int, UnitLookups> lookups)
    {
        var result = new ValidatedSubmission(index, submission, Stopwatch.GetTimestamp(), lists);
        if (submission.Files.Sum(f => f.Length) > options.LargeSubmissionBytes)
        {
            result.Streamed = true;
            return result;
        }
        try
        {
            result.Hash = ContentHash.Of(submission);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            result.UnhashableReason = $"{submission.Location}: could not be read: {e.Message}";
            return result;
        }
        finally
        {
            options.Timings?.Since(IngestStage.Hash, result.StartTimestamp);
        }
        if (loaded.ContainsKey(result.Hash)) return result;
        Validate(result, lookups(index));
        return result;
    }

    /// <summary>Decodes and validates every file of the submission into <paramref name="result"/>.</summary>
    public void Validate(ValidatedSubmission result, UnitLookups units)
    {
        var start = Stopwatch.GetTimestamp();
        var (files, warnings) = SubmissionIngestor.Classify(result.Submission);
        result.Warnings.AddRange(warnings);
        result.Lookups = units;
        keys.NewBatch();
        var recordIds = _recordIds;
        recordIds.Reset(result.Submission.Files.Sum(f => f.Length) / 32);
        short fileNo = 0;
        try
        {
            foreach (var (kind, file) in files) ReadFile(result, kind, file, ++fileNo, units, recordIds);
        }
        catch (FileUnreadableException e)
        {
            result.RejectedReason = e.Message;
        }
        options.Timings?.Since(IngestStage.Decode, start);
    }

    private void ReadFile(ValidatedSubmission result, RecordKind kind, SubmissionFile file, short fileNo, UnitLookups units,
        RecordIdFilter recordIds)
    {
        using var reader = CsvRecordReader.Open(file, kind, options.Encoding, _cells);
        var validator = new RowValidator(reader, keys, fileNo, units.IsKnown, recordIds);
        var kindName = RecordKindNames.FileName(kind);
        var before = result.Rejects.Count;
        long read = 0;
        while (reader.Read())
        {
            read++;
            var fault = kind switch
            {
                RecordKind.Units => Keep(validator.Unit(out var u), u, result.Units),
                RecordKind.People => Keep(validator.Person(out var p), p, result.People),
                RecordKind.Positions => Keep(validator.Position(out var p), p, result.Positions),
                RecordKind.Ratings => Rating(validator, result),
                RecordKind.Summaries => Keep(validator.Summary(out var s), s, result.Summaries),
                _ => Keep(validator.Residence(out var r), r, result.Residence),
            };
            if (fault is { } f)
            {
                result.Rejects.Add(new RejectedRow(reader.File, kindName, reader.Line, f.Column, f.Reason, f.Message, reader.Raw));
                continue;
            }
            if (validator.FreshIdentity is { } identity) result.Identities.Add(identity);
            if (validator.Suspect is { } suspect) result.Suspects.Add(suspect);
        }
        // Units load first: later files of this submission, and later submissions, may reference them.
        if (kind == RecordKind.Units) foreach (var unit in result.Units) units.Deliver(unit.UnitCode);
        var rejected = result.Rejects.Count - before;
        if (rejected > 0) result.Headers.Add((file.Name, reader.HeaderLine, reader.Separator));
        var report = new FileReport(file.Name, kindName, reader.EncodingName, reader.Separator.ToString(), read, rejected,
            reader.UnknownColumns);
        result.Files.Add((fileNo, report));
    }

    private static Fault? Keep<T>(Fault? fault, T row, List<T> rows)
    {
        if (fault is null) rows.Add(row);
        return fault;
    }

    /// <summary>A rating of a person carries the person's key; a person first seen here stages an identity.</summary>
    private Fault? Rating(RowValidator validator, ValidatedSubmission result)
    {
        if (validator.Rating(out var row, out var personId) is { } fault) return fault;
        if (personId is not null)
        {
            var key = keys.KeyOf(personId, out var fresh);
            if (fresh) result.Identities.Add((key, personId));
            row = row with { PersonKey = key };
        }
        result.Ratings.Add(row);
        return null;
    }
}
